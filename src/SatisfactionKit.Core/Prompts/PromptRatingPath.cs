using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Prompts;

/// <summary>
/// How the coordinator stores the rating a prompt's answer makes, chosen once by the composition:
/// <list type="bullet">
/// <item><b>One commit</b>: SatisfactionKit's own rating service validates and builds the rating, and an
/// <see cref="IPromptRatingStore"/> stores it with the prompt's record in one transaction. Chosen when such
/// a store is registered as the <see cref="IRatingStore"/> too, keeps prompts where the registered
/// <see cref="IPromptStore"/> does, and <see cref="IRatingService"/> is SatisfactionKit's own.</item>
/// <item><b>Two commits</b> (the fallback, which works with any stores and services): the registered
/// <see cref="IRatingService"/> stores the rating, then the coordinator gives the record to the
/// <see cref="IPromptStore"/>. A vendor who replaces or decorates <see cref="IRatingService"/> gets this
/// path, so that every counter rating goes through the vendor's service; it is logged once at start.</item>
/// </list>
/// </summary>
internal sealed partial class PromptRatingPath
{
    private readonly IRatingService _ratings;
    private readonly RatingService? _own;
    private readonly IPromptRatingStore? _together;

    private PromptRatingPath(IRatingService ratings, RatingService? own, IPromptRatingStore? together)
    {
        _ratings = ratings;
        _own = own;
        _together = together;
    }

    /// <summary>Whether the rating's store writes the prompt's record (one commit), so that the coordinator must not.</summary>
    public bool RecordsPrompts => _together is not null;

    /// <summary>Chooses the path from what the service provider holds (identities only; no type tests).</summary>
    public static PromptRatingPath Choose(IServiceProvider services)
    {
        var ratings = services.GetRequiredService<IRatingService>();
        var own = services.GetRequiredService<RatingService>();
        if (services.GetService<IPromptRatingStore>() is not { } together)
        {
            return new PromptRatingPath(ratings, own: null, together: null);
        }

        var logger = services.GetRequiredService<ILogger<PromptRatingPath>>();
        if (!ReferenceEquals(ratings, own))
        {
            LogTwoCommits(logger, "IRatingService is replaced or decorated: every counter rating goes through it");
            return new PromptRatingPath(ratings, own: null, together: null);
        }

        if (!ReferenceEquals(together, services.GetRequiredService<IRatingStore>()) || !together.KeepsPromptsOf(services.GetRequiredService<IPromptStore>()))
        {
            LogTwoCommits(logger, "the IPromptRatingStore is not the registered IRatingStore, or keeps prompts elsewhere than the IPromptStore");
            return new PromptRatingPath(ratings, own: null, together: null);
        }

        return new PromptRatingPath(ratings, own, together);
    }

    /// <summary>Validates and stores the rating of <paramref name="submission"/>, under <paramref name="scheme"/> (the prompt's).</summary>
    /// <param name="submission">The rating the prompt's answers make.</param>
    /// <param name="scheme">The prompt's scheme, resolved when it opened.</param>
    /// <param name="record">Makes the prompt's record once the rating exists (used on the one-commit path).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public ValueTask<RatingResult> SubmitAsync(RatingSubmission submission, RatingScheme scheme, Func<Rating, PromptRecord> record, CancellationToken cancellationToken)
    {
        if (_together is null)
        {
            return _ratings.SubmitAsync(submission, cancellationToken);
        }

        var together = _together;
        return _own!.SubmitAsync(submission, scheme, (rating, ct) => together.AddAsync(rating, record(rating), ct), cancellationToken);
    }

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Counter ratings and their prompt records take two commits: {Reason}")]
    private static partial void LogTwoCommits(ILogger logger, string reason);
}
