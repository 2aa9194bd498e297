using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SatisfactionKit;
using SatisfactionKit.Devices.Hosting;

// The extension lives in the DI namespace, as Core's AddSatisfactionKit does, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds rating pads to SatisfactionKit.</summary>
public static class RatingPadsBuilderExtensions
{
    /// <summary>
    /// Registers the pad host: a hosted service that binds pads found by the registered
    /// <see cref="SatisfactionKit.Devices.Transports.IPadTransport"/>s to counters and routes their presses.
    /// </summary>
    /// <param name="builder">Core's builder.</param>
    /// <param name="configure">Profiles and counter bindings.</param>
    public static SatisfactionKitBuilder AddRatingPads(this SatisfactionKitBuilder builder, Action<RatingPadOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<RatingPadOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RatingPadOptions>, RatingPadOptionsValidator>());
        services.TryAddSingleton<PadMetrics>();
        services.TryAddSingleton<RatingPadHost>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RatingPadHost>(sp => sp.GetRequiredService<RatingPadHost>()));
        return builder;
    }
}
