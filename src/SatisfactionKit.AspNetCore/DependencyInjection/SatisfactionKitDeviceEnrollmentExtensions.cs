using Microsoft.Extensions.DependencyInjection.Extensions;
using SatisfactionKit.Enrollment;
using SatisfactionKit.Server;
using SatisfactionKit.Server.Enrollment;
using SatisfactionKit.Server.Hubs;

// The extension lives in the DI namespace, as AddServer does, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Device enrollment on the server (SatisfactionKit.AspNetCore).</summary>
public static class SatisfactionKitDeviceEnrollmentExtensions
{
    /// <summary>
    /// Identifies counter devices by their enrolled credential: replaces the <see cref="ICounterConnectionAuthenticator"/>
    /// (which refuses every device by default) with one backed by <see cref="ICounterDeviceStore"/> — registered by
    /// <c>AddEntityFrameworkStores&lt;TContext&gt;()</c>, or the vendor's own. With
    /// <see cref="SatisfactionKitServerOptions.AllowDevelopmentCounterIdentities"/> also on, a request without any
    /// credential may still use a development identity; one with a credential never does.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddSatisfactionKit()
    ///     .AddEntityFrameworkStores&lt;OneStopDbContext&gt;()
    ///     .AddServer()
    ///     .UseDeviceEnrollment();
    /// </code>
    /// </example>
    public static SatisfactionKitServerBuilder UseDeviceEnrollment(this SatisfactionKitServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<EnrolledDeviceAuthenticator>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ICounterConnectionAuthenticator>(sp => sp.GetRequiredService<EnrolledDeviceAuthenticator>()));
        return builder;
    }
}
