using System.Text.Json;
using System.Text.Json.Serialization;
using SatisfactionKit.Server.Hubs;
using StackExchange.Redis;

namespace SatisfactionKit.Server.Backplane;

/// <summary>
/// Press receipts shared by the nodes (<c>press:{scope}:{key}</c>): a device that reconnects to another node after a
/// lost answer still gets its first answer. A key being taken holds an empty value for a minute (a node that crashes
/// mid-press frees it), then the answer as JSON for <see cref="LocalPressReceipts.Lifetime"/>.
/// </summary>
internal sealed class RedisPressReceipts(RedisPromptNodes nodes) : IPressReceipts
{
    private static readonly TimeSpan Taking = TimeSpan.FromMinutes(1);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private IDatabase Db => (nodes.Redis ?? throw new PromptRoutingException("the Redis backplane is not started")).GetDatabase();

    public async ValueTask<PadPressAck?> BeginAsync(string scope, string key, CancellationToken cancellationToken)
    {
        try
        {
            if (await Db.StringSetAsync(Key(scope, key), RedisValue.EmptyString, Taking, When.NotExists).ConfigureAwait(false))
            {
                return null;
            }

            var stored = (string?)await Db.StringGetAsync(Key(scope, key)).ConfigureAwait(false);
            return string.IsNullOrEmpty(stored) ? throw new PressInProgressException() : JsonSerializer.Deserialize<PadPressAck>(stored, Json);
        }
        catch (RedisException ex)
        {
            // Without the receipts a retried press could be recorded twice: refuse it, the device keeps it.
            throw new PromptRoutingException("the Redis backplane did not answer", ex);
        }
    }

    public async ValueTask CompleteAsync(string scope, string key, PadPressAck ack, CancellationToken cancellationToken) =>
        await Db.StringSetAsync(Key(scope, key), JsonSerializer.Serialize(ack, Json), LocalPressReceipts.Lifetime).ConfigureAwait(false);

    public async ValueTask AbandonAsync(string scope, string key, CancellationToken cancellationToken)
    {
        try
        {
            await Db.KeyDeleteAsync(Key(scope, key)).ConfigureAwait(false);
        }
        catch (RedisException)
        {
            // The taking marker expires by itself.
        }
    }

    private RedisKey Key(string scope, string key) => nodes.Prefixed($"press:{scope}:{key}");
}
