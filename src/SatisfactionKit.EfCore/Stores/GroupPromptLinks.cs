using System.Buffers;
using System.Data.Common;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// Links the prompt records a group writes with its ratings into their units' <c>prompts:{unit}</c> chains,
/// inside the group's one transaction: their heads are locked with the ratings' heads (the same statement
/// on a server) and moved with them, so a press still costs one commit.
/// </summary>
internal static class GroupPromptLinks
{
    /// <summary>The chains a group appends to: its ratings' and its prompt records'.</summary>
    public static string[] ChainKeysOf(IReadOnlyList<PendingRating> group)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pending in group)
        {
            keys.Add(pending.ChainKey);
            if (pending.Prompt is { } prompt)
            {
                keys.Add(RecordLinks.KeyOf(prompt));
            }
        }

        return [.. keys];
    }

    /// <summary>Links <paramref name="prompt"/> after its chain's head, locked with the group's (<see cref="ChainKeysOf"/>).</summary>
    public static void Append(PromptRecordEntity prompt, Dictionary<string, ChainHeadEntity> heads, ArrayBufferWriter<byte> buffer) =>
        RecordLinks.Append(prompt, heads[RecordLinks.KeyOf(prompt)], buffer);

    /// <summary>
    /// Links <paramref name="prompt"/> after its chain's head on a fast path, reading the head (under the
    /// transaction's write lock) the first time the group meets the chain, as the ratings' heads are read.
    /// </summary>
    public static async Task AppendAsync(
        IRatingAppendStatements statements,
        Dictionary<string, (ChainHeadEntity Head, bool IsNew)> heads,
        PromptRecordEntity prompt,
        DbTransaction transaction,
        ArrayBufferWriter<byte> buffer,
        CancellationToken cancellationToken)
    {
        var key = RecordLinks.KeyOf(prompt);
        if (!heads.TryGetValue(key, out var head))
        {
            var stored = await statements.ReadHeadAsync(key, transaction, cancellationToken).ConfigureAwait(false);
            head = stored is null ? (new ChainHeadEntity { ChainKey = key, Sequence = 0, Hash = RatingChain.Genesis.ToArray() }, true) : (stored, false);
            heads.Add(key, head);
        }

        RecordLinks.Append(prompt, head.Head, buffer);
    }
}
