using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>
/// Walks the hash chains of the stored ratings, prompt records and stray presses (everything the reports
/// count) and reports the first broken link of each: a modified field, a deleted, inserted or reordered
/// row, a chain that no longer matches a signed checkpoint, or a prompt record or stray press stored
/// outside its chain (<see cref="ChainBreak.UnchainedRecord"/>). Registered by <c>AddEntityFrameworkStores&lt;TContext&gt;()</c>.
/// </summary>
/// <remarks>
/// Verification streams each chain in sequence order, a page at a time, so memory stays constant
/// however many ratings there are; it reads committed data only and can run beside live counters.
/// </remarks>
public interface IRatingChainVerifier
{
    /// <summary>
    /// The keys of every chain in the store, in ordinal order: ratings' (unit codes and <c>survey:{id}</c>), prompt
    /// records' (<c>prompts:{unit}</c>) and stray presses' (<c>strays:{unit}</c>), including the chains of units
    /// with prompt records or stray presses stored without a link.
    /// </summary>
    /// <param name="cancellationToken">Stops the query.</param>
    Task<IReadOnlyList<string>> GetChainKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Verifies one chain from its first link to its recorded head.</summary>
    /// <param name="chainKey">The chain, such as a unit code.</param>
    /// <param name="progress">Receives the number of links checked so far.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    Task<ChainVerificationResult> VerifyAsync(string chainKey, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Verifies the checkpoint's chain and, when the chain itself is intact, that its link at the
    /// checkpoint's sequence still has the signed hash: a chain rewritten consistently from its start
    /// (or since the checkpoint) is reported as <see cref="ChainBreak.CheckpointMismatch"/>, as is a
    /// checkpoint whose signature is not the configured key's.
    /// </summary>
    /// <param name="checkpoint">A checkpoint exported earlier by <see cref="IRatingChainCheckpoints"/>.</param>
    /// <param name="progress">Receives the number of links checked so far.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    Task<ChainVerificationResult> VerifyAgainstCheckpointAsync(ChainCheckpoint checkpoint, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Verifies every chain in the store, each against its checkpoint in <paramref name="checkpoints"/>
    /// when there is one; a checkpointed chain missing from the store is reported too.
    /// </summary>
    /// <param name="checkpoints">Checkpoints exported earlier, or none.</param>
    /// <param name="progress">Receives the number of links checked so far, over all chains.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    Task<IReadOnlyList<ChainVerificationResult>> VerifyAllAsync(IReadOnlyCollection<ChainCheckpoint>? checkpoints = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default);
}
