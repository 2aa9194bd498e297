using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.Notifications.Mail;

/// <summary>The mail server's registration, shared by the e-mail invitations and the e-mail alerts.</summary>
internal static class SmtpRegistration
{
    public static void Add(IServiceCollection services, Action<SmtpOptions>? configure)
    {
        services.AddOptions<SmtpOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());
        services.TryAddSingleton<SmtpMailer>();
    }
}
