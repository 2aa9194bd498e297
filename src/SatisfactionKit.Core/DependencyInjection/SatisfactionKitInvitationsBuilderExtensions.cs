using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SatisfactionKit;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Invitations;

// The extension lives in the DI namespace, as ASP.NET Core's own do, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds rating invitations (the signed link by e-mail or SMS) to <c>AddSatisfactionKit()</c>.</summary>
public static class SatisfactionKitInvitationsBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="IRatingInvitationService"/>. Needs <c>AddChannels()</c> (the signing key of the
    /// links, the vendor's <see cref="IDossierStatusSource"/>), an <see cref="IRatingInvitationStore"/>
    /// (<c>AddEntityFrameworkStores&lt;TContext&gt;()</c>) and at least one <see cref="IRatingInvitationSender"/>:
    /// <c>AddMailInvitations()</c> and <c>AddHttpSmsInvitations()</c> from <c>SatisfactionKit.Notifications</c>, or a
    /// <see cref="FileRatingInvitationSender"/> for development. Options and those services are checked when the host starts.
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddSatisfactionKit()
    ///     .AddEntityFrameworkStores&lt;OneStopDbContext&gt;()
    ///     .AddChannels(o =&gt; o.SigningKey = key)
    ///     .AddRatingInvitations(o =&gt; o.RatingPage = new Uri("https://dichvucong.example.vn/danh-gia"))
    ///     .AddMailInvitations(o =&gt; { o.Host = "smtp.example.vn"; o.From = "khong-tra-loi@example.vn"; });
    /// </code>
    /// </example>
    public static SatisfactionKitBuilder AddRatingInvitations(this SatisfactionKitBuilder builder, Action<RatingInvitationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RatingInvitationOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RatingInvitationOptions>, RatingInvitationOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRatingInvitationService, RatingInvitationService>();
        return builder;
    }
}
