using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>
/// Signs the current head of every chain (HMAC-SHA256, the key of <see cref="ChainCheckpointOptions"/>)
/// and exports the checkpoints as JSON, to be kept outside the database: a later
/// <see cref="IRatingChainVerifier.VerifyAllAsync"/> against them detects even a chain rewritten
/// whole. Registered by <c>AddEntityFrameworkStores&lt;TContext&gt;()</c>; the key is set with
/// <c>AddChainCheckpoints(o =&gt; …)</c>.
/// </summary>
public interface IRatingChainCheckpoints
{
    /// <summary>Reads the current head of every chain and signs it.</summary>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <exception cref="InvalidOperationException">No checkpoint key is configured.</exception>
    Task<IReadOnlyList<ChainCheckpoint>> CreateAsync(CancellationToken cancellationToken = default);

    /// <summary>Signs the current heads and writes them to <paramref name="destination"/> as a JSON array.</summary>
    /// <param name="destination">A file or any other stream; left open.</param>
    /// <param name="cancellationToken">Stops the export.</param>
    /// <returns>The checkpoints written.</returns>
    Task<IReadOnlyList<ChainCheckpoint>> ExportAsync(Stream destination, CancellationToken cancellationToken = default);

    /// <summary>Reads checkpoints written by <see cref="ExportAsync"/>; their signatures are checked when they are verified against.</summary>
    /// <param name="source">The exported JSON; left open.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="InvalidDataException">The stream is not an export of checkpoints.</exception>
    Task<IReadOnlyList<ChainCheckpoint>> ReadAsync(Stream source, CancellationToken cancellationToken = default);
}
