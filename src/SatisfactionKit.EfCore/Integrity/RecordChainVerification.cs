using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>The chains of prompt records and stray presses (<see cref="RecordChains"/>) for the chain verifier: which exist, and how each is walked.</summary>
internal static class RecordChainVerification
{
    /// <summary>Verifies the prompt-record or stray-press chain <paramref name="chainKey"/> (<see cref="RecordChainWalk{TEntity}"/>).</summary>
    public static Task<ChainVerificationResult> VerifyAsync(DbContext context, string chainKey, ChainCheckpoint? checkpoint, ChainCheckpointSigner? signer, IProgress<long>? progress, CancellationToken cancellationToken) =>
        RecordChains.KindOf(chainKey) == ChainKind.PromptRecords
            ? new RecordChainWalk<PromptRecordEntity>(chainKey, chainKey[RecordChains.PromptPrefix.Length..], PromptRecordEncoding.CurrentVersion, p => new StoredLink(p.Id, p.ChainSequence ?? 0, p.PreviousHash, p.Hash, p.EncodingVersion), RecordLinks.Encode)
                .VerifyAsync(context, checkpoint, signer, progress, cancellationToken)
            : new RecordChainWalk<StrayPressEntity>(chainKey, chainKey.Length == RecordChains.StrayPrefix.Length ? null : chainKey[RecordChains.StrayPrefix.Length..], StrayPressEncoding.CurrentVersion, s => new StoredLink(s.Id, s.ChainSequence ?? 0, s.PreviousHash, s.Hash, s.EncodingVersion), RecordLinks.Encode)
                .VerifyAsync(context, checkpoint, signer, progress, cancellationToken);

    /// <summary>
    /// The chains the stored prompt records and stray presses are in, and the chains of the units whose rows
    /// were stored without a link (so that those are reported even where no row of the unit is chained yet).
    /// </summary>
    public static async Task<IReadOnlyList<string>> ChainKeysAsync(DbContext context, CancellationToken cancellationToken)
    {
        var prompts = context.Set<PromptRecordEntity>().AsNoTracking();
        var strays = context.Set<StrayPressEntity>().AsNoTracking();
        var keys = new List<string>();
        keys.AddRange(await prompts.Where(p => p.ChainKey != null).Select(p => p.ChainKey!).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false));
        keys.AddRange((await prompts.Where(p => p.ChainKey == null).Select(p => p.UnitCode).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false)).Select(RecordChains.PromptKeyOf));
        keys.AddRange(await strays.Where(s => s.ChainKey != null).Select(s => s.ChainKey!).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false));
        keys.AddRange((await strays.Where(s => s.ChainKey == null).Select(s => s.UnitCode).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false)).Select(RecordChains.StrayKeyOf));
        return keys;
    }
}
