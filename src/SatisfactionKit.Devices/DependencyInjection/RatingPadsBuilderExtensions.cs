using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
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
    /// Registers the pad host (a hosted service that binds pads to counters and routes their
    /// presses) with the transports, profiles and bindings <paramref name="configure"/> chooses:
    /// <c>.AddRatingPads(p =&gt; p.UseHidraw().UseLibUsb().BindOnlyPad("QUAY-01"))</c>. The options,
    /// and those of the transports, are validated at start. May be called more than once; the calls add up.
    /// </summary>
    /// <param name="builder">Core's builder.</param>
    /// <param name="configure">Transports, profiles and counter bindings.</param>
    // Preferred when a lambda fits both overloads (p => p.BindOnlyPad("QUAY-01")): the builder does the same and more.
    [OverloadResolutionPriority(1)]
    public static SatisfactionKitBuilder AddRatingPads(this SatisfactionKitBuilder builder, Action<RatingPadsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<RatingPadOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RatingPadOptions>, RatingPadOptionsValidator>());
        services.TryAddSingleton<PadMetrics>();
        services.TryAddSingleton<PadProfileCatalog>();
        services.TryAddSingleton<RatingPadHost>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RatingPadHost>(sp => sp.GetRequiredService<RatingPadHost>()));
        configure(new RatingPadsBuilder(services));
        return builder;
    }

    /// <summary>
    /// Registers the pad host configured through its options only; the transports are registered
    /// as <see cref="SatisfactionKit.Devices.Transports.IPadTransport"/> services by the caller.
    /// Same as <c>AddRatingPads(p =&gt; p.Configure(configure))</c>; prefer the
    /// <see cref="RatingPadsBuilder"/> overload, whose <c>Use…</c> methods register transports once each.
    /// </summary>
    /// <param name="builder">Core's builder.</param>
    /// <param name="configure">Profiles and counter bindings.</param>
    public static SatisfactionKitBuilder AddRatingPads(this SatisfactionKitBuilder builder, Action<RatingPadOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddRatingPads(p => p.Configure(configure));
    }

    /// <summary>
    /// Registers the pad host with everything from a configuration section: transports, profile files,
    /// counter bindings and limits (see <see cref="RatingPadsBuilder.BindConfiguration"/> and docs/devices.md),
    /// validated at start with messages that name the key. The sample host and the counter agent need no pad
    /// code beyond this line: <c>.AddRatingPads(builder.Configuration.GetSection("Pads"))</c>.
    /// </summary>
    /// <param name="builder">Core's builder.</param>
    /// <param name="section">The pads section.</param>
    /// <param name="configure">More wiring in code, applied after the section (its lists add to the section's).</param>
    public static SatisfactionKitBuilder AddRatingPads(this SatisfactionKitBuilder builder, IConfiguration section, Action<RatingPadsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return builder.AddRatingPads(p =>
        {
            p.BindConfiguration(section);
            configure?.Invoke(p);
        });
    }
}
