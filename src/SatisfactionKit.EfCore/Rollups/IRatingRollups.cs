namespace SatisfactionKit.EntityFrameworkCore.Rollups;

/// <summary>
/// The exact roll-ups the reports read: counts per period, unit, procedure, officer, counter, channel,
/// scheme version, criterion and level, kept in the transaction of every rating write (single, group and
/// import). Reports read them while they are built for the reporting time zone and read the ratings
/// otherwise. Registered by <c>AddEntityFrameworkStores&lt;TContext&gt;()</c>.
/// </summary>
public interface IRatingRollups
{
    /// <summary>
    /// Whether the roll-ups are complete for the reporting time zone (a rebuild has run since they were
    /// added to the database, and the zone has not changed since).
    /// </summary>
    ValueTask<bool> IsBuiltAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Recomputes every cell from the stored ratings, in one transaction that holds every chain's lock (writers
    /// wait for it; a report reads the old cells until it commits), and marks the roll-ups built.
    /// </summary>
    /// <param name="progress">Told the number of ratings read so far, after each page.</param>
    /// <param name="cancellationToken">Stops the rebuild; nothing is changed.</param>
    /// <returns>How many ratings were read and cells written.</returns>
    Task<RollupRebuildResult> RebuildAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Compares every stored cell with the cell computed from the ratings (in one snapshot of both) and
    /// lists the cells that differ: a changed count, a missing cell, or a cell no rating explains. Ratings
    /// themselves are checked against tampering by the hash chain (<c>IRatingChainVerifier</c>).
    /// </summary>
    /// <param name="progress">Told the number of ratings read so far, after each page.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    Task<RollupCheckResult> CheckAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default);
}
