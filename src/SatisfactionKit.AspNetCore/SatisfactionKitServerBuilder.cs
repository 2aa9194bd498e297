using Microsoft.Extensions.DependencyInjection;

namespace SatisfactionKit.Server;

/// <summary>
/// Returned by <c>AddServer()</c>; extended by <c>.UseRedisBackplane(…)</c> and, later, device enrollment.
/// </summary>
public sealed class SatisfactionKitServerBuilder
{
    internal SatisfactionKitServerBuilder(SatisfactionKitBuilder kit) => Kit = kit;

    /// <summary>The SatisfactionKit builder the server was added to.</summary>
    public SatisfactionKitBuilder Kit { get; }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services => Kit.Services;
}
