using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit;

/// <summary>
/// Copies <see cref="SatisfactionKitOptions"/>, the one place a vendor configures and the validator
/// checks, onto the view each part reads (<see cref="PromptOptions"/>, <see cref="RatingOptions"/>,
/// <see cref="RatingSchemeOptions"/>). The arrows point from this root namespace down to the parts, never
/// back up. The options are built fresh from the factory, so a reload of the vendor's options is seen.
/// </summary>
internal sealed class SatisfactionKitOptionsViews(IOptionsFactory<SatisfactionKitOptions> factory) :
    IConfigureNamedOptions<PromptOptions>, IConfigureNamedOptions<RatingOptions>, IConfigureNamedOptions<RatingSchemeOptions>
{
    public void Configure(string? name, PromptOptions options)
    {
        var kit = factory.Create(name ?? Options.DefaultName);
        options.DefaultScheme = kit.DefaultScheme;
        options.PromptTimeout = kit.PromptTimeout;
        options.FollowUpTimeout = kit.FollowUpTimeout;
        options.MinimumResponseInterval = kit.MinimumResponseInterval;
        options.CollectSeveralCriteria = kit.CollectSeveralCriteria;
    }

    public void Configure(string? name, RatingOptions options)
    {
        var kit = factory.Create(name ?? Options.DefaultName);
        options.DefaultScheme = kit.DefaultScheme;
        options.Uniqueness = kit.Uniqueness;
        options.DossierCodePattern = kit.DossierCodePattern;
        options.MaxCommentLength = kit.MaxCommentLength;
        options.ClockSkewTolerance = kit.ClockSkewTolerance;
    }

    public void Configure(string? name, RatingSchemeOptions options)
    {
        var kit = factory.Create(name ?? Options.DefaultName);
        options.DefaultScheme = kit.DefaultScheme;
        options.Schemes = [.. kit.Schemes];
    }

    public void Configure(PromptOptions options) => Configure(Options.DefaultName, options);

    public void Configure(RatingOptions options) => Configure(Options.DefaultName, options);

    public void Configure(RatingSchemeOptions options) => Configure(Options.DefaultName, options);

    /// <summary>Tells a view's monitor that <see cref="SatisfactionKitOptions"/> changed (a configuration reload).</summary>
    /// <typeparam name="TView">The view.</typeparam>
    internal sealed class ChangeTokens<TView>(IEnumerable<IOptionsChangeTokenSource<SatisfactionKitOptions>> sources) : IOptionsChangeTokenSource<TView>
    {
        private readonly IOptionsChangeTokenSource<SatisfactionKitOptions>[] _sources = [.. sources];

        public string Name => Options.DefaultName;

        public IChangeToken GetChangeToken() => new CompositeChangeToken([.. _sources.Select(s => s.GetChangeToken())]);
    }
}
