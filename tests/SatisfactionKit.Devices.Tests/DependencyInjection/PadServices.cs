using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;
using SatisfactionKit.Testing;

namespace SatisfactionKit.Devices.Tests.DependencyInjection;

/// <summary>Core over <see cref="RecordingStores"/> plus <c>AddRatingPads</c> with a builder, for the wiring tests.</summary>
internal static class PadServices
{
    public static SatisfactionKitBuilder Kit()
    {
        var services = new ServiceCollection();
        var stores = new RecordingStores();
        services.AddSingleton<IRatingStore>(stores);
        services.AddSingleton<IPromptStore>(stores);
        return services.AddSatisfactionKit(o =>
        {
            o.DefaultScheme = RatingSchemes.FourSmiley;
            o.MinimumResponseInterval = TimeSpan.Zero;
        });
    }

    public static SatisfactionKitBuilder With(Action<RatingPadsBuilder> pads) => Kit().AddRatingPads(pads);

    public static ServiceProvider Build(this SatisfactionKitBuilder kit) =>
        kit.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    /// <summary>The implementation types of the registered transports, one per registration.</summary>
    public static string[] TransportTypes(this IServiceCollection services) =>
        [.. services.Where(d => d.ServiceType == typeof(SatisfactionKit.Devices.Transports.IPadTransport))
            .Select(d => (d.ImplementationType ?? d.ImplementationInstance?.GetType() ?? d.ImplementationFactory!.Method.ReturnType).Name)];
}
