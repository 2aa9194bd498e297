using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SatisfactionKit;
using SatisfactionKit.Alerts;
using SatisfactionKit.Notifications.Alerts;
using SatisfactionKit.Notifications.Mail;

// The extension lives in the DI namespace, as ASP.NET Core's own do, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds alert sinks (web hook, e-mail) to <c>AddSatisfactionKit()</c>.</summary>
public static class SatisfactionKitAlertSinksBuilderExtensions
{
    /// <summary>
    /// Posts every alert as JSON to a web hook (a chat bot, the vendor's operations system), signed with
    /// HMAC-SHA256 in <c>X-SatisfactionKit-Signature</c> when a secret is set: an <see cref="IAlertSink"/>.
    /// Options are checked when the host starts.
    /// </summary>
    public static SatisfactionKitBuilder AddWebhookAlerts(this SatisfactionKitBuilder builder, Action<WebhookAlertOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WebhookAlertOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookAlertOptions>, WebhookAlertOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAlertSink, WebhookAlertSink>());
        return builder;
    }

    /// <summary>
    /// Mails every alert to <see cref="MailAlertOptions.Recipients"/> through SMTP (MailKit): an <see cref="IAlertSink"/>.
    /// The mail server is the one of <c>AddMailInvitations</c>, or set here with <paramref name="smtp"/>.
    /// Options are checked when the host starts.
    /// </summary>
    public static SatisfactionKitBuilder AddMailAlerts(this SatisfactionKitBuilder builder, Action<MailAlertOptions>? configure = null, Action<SmtpOptions>? smtp = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        SmtpRegistration.Add(services, smtp);
        services.AddOptions<MailAlertOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailAlertOptions>, MailAlertOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAlertSink, MailAlertSink>());
        return builder;
    }
}
