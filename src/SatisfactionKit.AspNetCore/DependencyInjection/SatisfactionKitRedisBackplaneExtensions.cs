using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server;
using SatisfactionKit.Server.Backplane;
using SatisfactionKit.Server.Hubs;
using StackExchange.Redis;

// The extension lives in the DI namespace, as ASP.NET Core's own do, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Joins several server nodes through Redis (docs/deployment.md).</summary>
public static class SatisfactionKitRedisBackplaneExtensions
{
    /// <summary>
    /// Joins this node to the others sharing <paramref name="configuration"/> (a StackExchange.Redis configuration
    /// string, e.g. <c>redis.internal:6379,password=…</c>): SignalR's Redis backplane carries each prompt to the
    /// counter's devices on whichever node they are connected to, and presses or cancels arriving at a node that
    /// does not hold the counter's prompt are sent to the node that does (the node where it was opened).
    /// </summary>
    /// <param name="builder">The server builder.</param>
    /// <param name="configuration">The Redis configuration string.</param>
    /// <param name="channelPrefix">Prefix of every Redis channel and key; give each application sharing a Redis its own.</param>
    public static SatisfactionKitServerBuilder UseRedisBackplane(this SatisfactionKitServerBuilder builder, string configuration, string channelPrefix = "satisfactionkit:")
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelPrefix);
        var services = builder.Services;
        services.AddSignalR().AddStackExchangeRedis(configuration, o => o.Configuration.ChannelPrefix = RedisChannel.Literal(channelPrefix + "signalr:"));

        services.TryAddSingleton(sp => new RedisPromptNodes(
            configuration,
            channelPrefix,
            sp,
            sp.GetRequiredService<IOptions<SatisfactionKitServerOptions>>(),
            sp.GetRequiredService<ILogger<RedisPromptNodes>>()));
        services.AddHostedService(sp => sp.GetRequiredService<RedisPromptNodes>());
        services.Replace(ServiceDescriptor.Singleton<IPromptChangeRelay>(sp => sp.GetRequiredService<RedisPromptNodes>()));
        services.TryAddSingleton(sp => new RedisCounterPresence(sp.GetRequiredService<RedisPromptNodes>(), sp.GetRequiredService<LocalCounterPresence>()));
        services.AddHostedService(sp => sp.GetRequiredService<RedisCounterPresence>());
        services.Replace(ServiceDescriptor.Singleton<ICounterPresence>(sp => sp.GetRequiredService<RedisCounterPresence>()));
        services.Replace(ServiceDescriptor.Singleton<IPressReceipts>(sp => new RedisPressReceipts(sp.GetRequiredService<RedisPromptNodes>())));

        // The coordinator the core registered keeps each counter's prompt in this node's memory: it becomes the
        // keyed "local" one, and every caller gets the routed one in front of it.
        if (services.Any(d => d.IsKeyedService && d.ServiceKey == RedisPromptNodes.LocalCoordinatorKey))
        {
            return builder;     // called twice
        }

        var local = services.LastOrDefault(d => d.ServiceType == typeof(IPromptCoordinator) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("AddSatisfactionKit() must register the prompt coordinator before UseRedisBackplane().");
        services.Remove(local);
        services.Add(AsLocal(local));
        services.AddSingleton<IPromptCoordinator>(sp => new NodeRoutedPromptCoordinator(
            sp.GetRequiredKeyedService<IPromptCoordinator>(RedisPromptNodes.LocalCoordinatorKey),
            sp.GetRequiredService<RedisPromptNodes>()));

        return builder;
    }

    private static ServiceDescriptor AsLocal(ServiceDescriptor d) =>
        d.ImplementationInstance is { } instance ? new ServiceDescriptor(typeof(IPromptCoordinator), RedisPromptNodes.LocalCoordinatorKey, instance)
        : d.ImplementationFactory is { } factory ? new ServiceDescriptor(typeof(IPromptCoordinator), RedisPromptNodes.LocalCoordinatorKey, (sp, _) => factory(sp), d.Lifetime)
        : new ServiceDescriptor(typeof(IPromptCoordinator), RedisPromptNodes.LocalCoordinatorKey, d.ImplementationType!, d.Lifetime);
}
