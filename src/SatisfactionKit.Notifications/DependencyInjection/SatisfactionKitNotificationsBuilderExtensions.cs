using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SatisfactionKit;
using SatisfactionKit.Channels;
using SatisfactionKit.Notifications.Mail;
using SatisfactionKit.Notifications.Sms;

// The extension lives in the DI namespace, as ASP.NET Core's own do, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds e-mail (SMTP) and SMS (HTTP gateway) senders of rating invitations to <c>AddSatisfactionKit()</c>.</summary>
public static class SatisfactionKitNotificationsBuilderExtensions
{
    /// <summary>
    /// Sends e-mail invitations through SMTP (MailKit): an <see cref="IRatingInvitationSender"/> for
    /// <c>RatingChannel.Email</c>, used by <c>AddRatingInvitations()</c>. Options are checked when the host starts.
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddSatisfactionKit()
    ///     .AddChannels(o =&gt; o.SigningKey = key)
    ///     .AddRatingInvitations(o =&gt; o.RatingPage = new Uri("https://dichvucong.example.vn/danh-gia"))
    ///     .AddMailInvitations(o =&gt; { o.Host = "smtp.example.vn"; o.From = "khong-tra-loi@example.vn"; o.UserName = user; o.Password = password; });
    /// </code>
    /// </example>
    public static SatisfactionKitBuilder AddMailInvitations(this SatisfactionKitBuilder builder, Action<SmtpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        SmtpRegistration.Add(services, configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRatingInvitationSender, SmtpRatingInvitationSender>());
        return builder;
    }

    /// <summary>
    /// Sends SMS invitations as a JSON POST (<c>{"to","text","reference","sender"}</c>) with a bearer key to the
    /// vendor's gateway: an <see cref="IRatingInvitationSender"/> for <c>RatingChannel.Sms</c>. A gateway with
    /// another protocol needs its own <see cref="IRatingInvitationSender"/>. Options are checked when the host starts.
    /// </summary>
    public static SatisfactionKitBuilder AddHttpSmsInvitations(this SatisfactionKitBuilder builder, Action<HttpSmsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<HttpSmsOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HttpSmsOptions>, HttpSmsOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRatingInvitationSender, HttpSmsRatingInvitationSender>());
        return builder;
    }
}
