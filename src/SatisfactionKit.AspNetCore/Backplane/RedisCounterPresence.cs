using Microsoft.Extensions.Hosting;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server.Hubs;
using StackExchange.Redis;

namespace SatisfactionKit.Server.Backplane;

/// <summary>
/// Presence shared by the nodes: a hash <c>presence:{counter}</c> of <c>{node}|{connection}</c> → pad state, read
/// against the nodes' heartbeats (a crashed node's connections stop counting once its heartbeat expires), and a
/// <c>presence</c> channel that tells every node's officer streams that a counter's device came or went.
/// </summary>
internal sealed class RedisCounterPresence(RedisPromptNodes nodes, LocalCounterPresence local) : ICounterPresence, IHostedService
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private IDatabase Db => (nodes.Redis ?? throw new InvalidOperationException("the Redis backplane is not started")).GetDatabase();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (nodes.Redis is { } redis)
        {
            (await redis.GetSubscriber().SubscribeAsync(Channel()).ConfigureAwait(false)).OnMessage(m => local.Tell(RedisCounterKey.Decode((string)m.Message!)));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask SetAsync(CounterKey counter, string connectionId, string padState, CancellationToken cancellationToken)
    {
        try
        {
            await Db.HashSetAsync(Key(counter), Field(connectionId), padState).ConfigureAwait(false);
            await Db.KeyExpireAsync(Key(counter), Lifetime).ConfigureAwait(false);
            await Db.StringSetAsync(Seen(counter), 1, Lifetime).ConfigureAwait(false);
            await Db.PublishAsync(Channel(), RedisCounterKey.Encode(counter)).ConfigureAwait(false);
        }
        catch (RedisException)
        {
            // Redis away: the device still works on this node; other nodes' officers see it as offline until Redis is back.
            local.Tell(counter);
        }
    }

    public async ValueTask RemoveAsync(CounterKey counter, string connectionId, CancellationToken cancellationToken)
    {
        try
        {
            await Db.HashDeleteAsync(Key(counter), Field(connectionId)).ConfigureAwait(false);
            await Db.PublishAsync(Channel(), RedisCounterKey.Encode(counter)).ConfigureAwait(false);
        }
        catch (RedisException)
        {
            local.Tell(counter);
        }
    }

    public async ValueTask<bool?> IsOnlineAsync(CounterKey counter, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var entry in await Db.HashGetAllAsync(Key(counter)).ConfigureAwait(false))
            {
                var field = (string)entry.Name!;
                var node = field[..Math.Max(0, field.IndexOf('|', StringComparison.Ordinal))];
                if (PadStates.CanAnswer((string?)entry.Value ?? string.Empty) && (node == nodes.NodeId || await nodes.IsAliveAsync(node).ConfigureAwait(false)))
                {
                    return true;
                }
            }

            return await Db.KeyExistsAsync(Seen(counter)).ConfigureAwait(false) ? false : null;
        }
        catch (RedisException)
        {
            return false;
        }
    }

    public IDisposable Subscribe(Action<CounterKey> changed) => local.Subscribe(changed);

    private RedisKey Key(CounterKey counter) => nodes.Prefixed("presence:" + RedisCounterKey.Encode(counter));

    private RedisKey Seen(CounterKey counter) => nodes.Prefixed("presence-seen:" + RedisCounterKey.Encode(counter));

    private RedisValue Field(string connectionId) => nodes.NodeId + "|" + connectionId;

    private RedisChannel Channel() => RedisChannel.Literal(nodes.Prefixed("presence"));
}
