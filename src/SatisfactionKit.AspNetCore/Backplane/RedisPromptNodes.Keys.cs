using SatisfactionKit.Prompts;
using StackExchange.Redis;

namespace SatisfactionKit.Server.Backplane;

/// <summary>The names the nodes use on Redis, and what they share of the connection with presence and press receipts.</summary>
internal sealed partial class RedisPromptNodes
{
    /// <summary>The connection once started, shared with presence and press receipts.</summary>
    public ConnectionMultiplexer? Redis => _redis;

    /// <summary>A key or channel name under this application's prefix.</summary>
    public string Prefixed(string name) => prefix + name;

    /// <summary>Whether <paramref name="node"/> still beats its heartbeat.</summary>
    public Task<bool> IsAliveAsync(string node) => Db.KeyExistsAsync(Key("alive:" + node));

    private RedisChannel Channel(string name) => RedisChannel.Literal(Prefixed(name));

    private RedisKey Key(string name) => Prefixed(name);

    private RedisKey OwnerKey(CounterKey counter) => Key("owner:" + RedisCounterKey.Encode(counter));
}
