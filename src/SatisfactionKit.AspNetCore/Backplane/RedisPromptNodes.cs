using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Prompts;
using StackExchange.Redis;

namespace SatisfactionKit.Server.Backplane;

/// <summary>
/// The nodes' conversation on Redis, beside SignalR's own backplane. The node where a prompt is opened owns it
/// (the coordinator keeps it in that node's memory): every change is recorded as <c>owner:{unit length}:{unit}:{counter}</c> and
/// published to all nodes (their status cache and watchers); a press or cancel arriving at another node is sent
/// to the owner's channel and answered on the caller's. A node that stops answering its heartbeat
/// (<c>alive:{node}</c>) owns nothing any more.
/// </summary>
internal sealed partial class RedisPromptNodes(
    string configuration,
    string prefix,
    IServiceProvider services,
    IOptions<SatisfactionKitServerOptions> options,
    ILogger<RedisPromptNodes> logger) : IPromptChangeRelay, IHostedService, IAsyncDisposable
{
    public static readonly object LocalCoordinatorKey = new();
    private static readonly TimeSpan OwnerLifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<NodeMessage>> _calls = new();
    private readonly ConcurrentDictionary<CounterKey, PromptStatus> _remote = new();
    private ImmutableArray<IPromptListener> _watchers = [];
    private ConnectionMultiplexer? _redis;
    private ITimer? _heartbeat;

    public string NodeId => options.Value.NodeId;

    private IPromptCoordinator Local => services.GetRequiredKeyedService<IPromptCoordinator>(LocalCoordinatorKey);

    private IDatabase Db => (_redis ?? throw new PromptRoutingException("the Redis backplane is not started")).GetDatabase();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var config = ConfigurationOptions.Parse(configuration);
        config.AbortOnConnectFail = false;
        _redis = await ConnectionMultiplexer.ConnectAsync(config).ConfigureAwait(false);
        var subscriber = _redis.GetSubscriber();
        (await subscriber.SubscribeAsync(Channel("prompts")).ConfigureAwait(false)).OnMessage(m => OnFeed(m.Message));
        (await subscriber.SubscribeAsync(Channel("node:" + NodeId)).ConfigureAwait(false)).OnMessage(m => _ = OnRequestAsync(m.Message));
        _heartbeat = TimeProvider.System.CreateTimer(_ => _ = BeatAsync(), null, TimeSpan.Zero, Heartbeat);
        LogStarted(NodeId);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _heartbeat?.Dispose();
        if (_redis is { IsConnected: true })
        {
            await Db.KeyDeleteAsync(Key("alive:" + NodeId)).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _heartbeat?.Dispose();
        if (_redis is not null)
        {
            await _redis.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Records this node as the counter's owner and tells the other nodes; never throws (the prompt goes on locally).</summary>
    public async ValueTask OnLocalChangeAsync(PromptStatus status, CancellationToken cancellationToken)
    {
        try
        {
            await Db.StringSetAsync(OwnerKey(status.Counter()), NodeId, OwnerLifetime).ConfigureAwait(false);
            await Publish("prompts", new NodeMessage { Kind = "status", From = NodeId, UnitCode = status.UnitCode, CounterId = status.CounterId, Status = status }).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Redis away: the prompt still works on this node; other nodes cannot route to it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRelayFailed(ex, status.CounterId);
        }
    }

    /// <summary>The live node, other than this one, that owns the counter's prompt; <see langword="null"/> when this node or none does.</summary>
    public async ValueTask<string?> RemoteOwnerAsync(CounterKey counter)
    {
        try
        {
            var owner = (string?)await Db.StringGetAsync(OwnerKey(counter)).ConfigureAwait(false);
            if (owner is null || owner == NodeId)
            {
                return null;
            }

            return await Db.KeyExistsAsync(Key("alive:" + owner)).ConfigureAwait(false) ? owner : null;
        }
        catch (RedisException ex)
        {
            throw new PromptRoutingException("the Redis backplane did not answer", ex);
        }
    }

    public async ValueTask<PressResult> PressAtAsync(string owner, CounterPress press, CancellationToken ct) =>
        (await CallAsync(owner, new NodeMessage { Kind = "press", From = NodeId, CallId = Guid.NewGuid(), UnitCode = press.UnitCode, CounterId = press.CounterId, Press = press }, ct).ConfigureAwait(false)).PressResult
        ?? throw new PromptRoutingException("the owner node answered without a result");

    public async ValueTask<bool> CancelAtAsync(string owner, CounterKey counter, CancellationToken ct) =>
        (await CallAsync(owner, new NodeMessage { Kind = "cancel", From = NodeId, CallId = Guid.NewGuid(), UnitCode = counter.UnitCode, CounterId = counter.CounterId }, ct).ConfigureAwait(false)).Cancelled;

    /// <summary>The latest status another node published for the counter.</summary>
    public PromptStatus? RemoteStatus(CounterKey counter) => _remote.TryGetValue(counter, out var status) ? status : null;

    /// <summary>
    /// The latest status another node published for a counter named by its id alone: <see langword="null"/> when no
    /// unit's counter with that id is known, refused when several units' are.
    /// </summary>
    public PromptStatus? RemoteStatus(string counterId)
    {
        var known = _remote.Where(r => r.Key.CounterId == counterId).Select(r => r.Value).ToList();
        return known.Count <= 1
            ? known.SingleOrDefault()
            : throw new AmbiguousCounterException(counterId, [.. known.Select(s => s.UnitCode).Distinct().Order(StringComparer.Ordinal)]);
    }

    public IDisposable Watch(IPromptListener listener)
    {
        ImmutableInterlocked.Update(ref _watchers, static (list, l) => list.Add(l), listener);
        return new Unwatch(this, listener);
    }

    /// <summary>Whether <paramref name="candidate"/> is a later state than <paramref name="current"/>.</summary>
    public static bool IsLater(PromptStatus candidate, PromptStatus? current) =>
        current is null
        || candidate.OpenedAt > current.OpenedAt
        || (candidate.PromptId == current.PromptId && Rank(candidate) >= Rank(current));

    private static int Rank(PromptStatus s) => s.ClosedAt is not null ? 2 : s.State == PromptState.AwaitingFollowUp ? 1 : 0;

    private async Task<NodeMessage> CallAsync(string owner, NodeMessage request, CancellationToken ct)
    {
        var pending = new TaskCompletionSource<NodeMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[request.CallId] = pending;
        try
        {
            if (await Publish("node:" + owner, request).ConfigureAwait(false) == 0)
            {
                throw new PromptRoutingException($"node {owner} is not listening");
            }

            var reply = await pending.Task.WaitAsync(options.Value.NodeCallTimeout, ct).ConfigureAwait(false);
            return reply.Error is null ? reply : throw new PromptRoutingException($"node {owner}: {reply.Error}");
        }
        catch (TimeoutException ex)
        {
            throw new PromptRoutingException($"node {owner} did not answer in {options.Value.NodeCallTimeout}", ex);
        }
        catch (RedisException ex)
        {
            throw new PromptRoutingException("the Redis backplane did not answer", ex);
        }
        finally
        {
            _calls.TryRemove(request.CallId, out _);
        }
    }

    private void OnFeed(RedisValue value)
    {
        var message = Read(value);
        if (message?.Status is not { } status || message.From == NodeId)
        {
            return;
        }

        _remote.AddOrUpdate(status.Counter(), status, (_, current) => IsLater(status, current) ? status : current);
        foreach (var watcher in _watchers)
        {
            _ = Tell(watcher, status);
        }
    }

    private async Task OnRequestAsync(RedisValue value)
    {
        if (Read(value) is not { } message)
        {
            return;
        }

        if (message.Kind == "reply")
        {
            if (_calls.TryGetValue(message.CallId, out var pending))
            {
                pending.TrySetResult(message);
            }

            return;
        }

        var reply = new NodeMessage { Kind = "reply", From = NodeId, CallId = message.CallId, UnitCode = message.UnitCode, CounterId = message.CounterId };
        try
        {
            reply = message.Kind switch
            {
                "press" when message.Press is { } press => reply with { PressResult = await Local.PressAsync(press).ConfigureAwait(false) },
                "cancel" when message is { UnitCode: { } unit, CounterId: { } counter } => reply with { Cancelled = await Local.CancelAsync(new CounterKey(unit, counter), CancellationToken.None).ConfigureAwait(false) },
                _ => reply with { Error = "unknown request " + message.Kind },
            };
        }
#pragma warning disable CA1031 // The caller gets the error instead of waiting for its timeout.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRequestFailed(ex, message.Kind, message.CounterId);
            reply = reply with { Error = ex.GetType().Name };
        }

        try
        {
            await Publish("node:" + message.From, reply).ConfigureAwait(false);
        }
        catch (RedisException ex)
        {
            LogRequestFailed(ex, "reply", message.CounterId);
        }
    }

    private async Task Tell(IPromptListener watcher, PromptStatus status)
    {
        try
        {
            await watcher.OnPromptChangedAsync(status, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // One faulty watcher must not stop the feed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRequestFailed(ex, "watch", status.CounterId);
        }
    }

    private async Task BeatAsync()
    {
        try
        {
            await Db.StringSetAsync(Key("alive:" + NodeId), "1", Heartbeat * 3).ConfigureAwait(false);
        }
        catch (RedisException ex)
        {
            LogRelayFailed(ex, "heartbeat");
        }
    }

    private Task<long> Publish(string channel, NodeMessage message) =>
        _redis!.GetSubscriber().PublishAsync(Channel(channel), JsonSerializer.Serialize(message, Json));

    private NodeMessage? Read(RedisValue value)
    {
        try
        {
            return JsonSerializer.Deserialize<NodeMessage>((string)value!, Json);
        }
        catch (JsonException ex)
        {
            LogRequestFailed(ex, "read", null);
            return null;
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "SatisfactionKit node {NodeId} joined the Redis backplane")]
    private partial void LogStarted(string nodeId);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "The Redis backplane did not take the change of counter {CounterId}; other nodes cannot route to this node's prompt")]
    private partial void LogRelayFailed(Exception ex, string counterId);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, Message = "A node request ({Kind}) for counter {CounterId} failed")]
    private partial void LogRequestFailed(Exception ex, string kind, string? counterId);

    private sealed class Unwatch(RedisPromptNodes owner, IPromptListener listener) : IDisposable
    {
        public void Dispose() => ImmutableInterlocked.Update(ref owner._watchers, static (list, l) => list.Remove(l), listener);
    }
}
