using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// Reads every chain head and every stored rating (with its answers and choices) in one pass, from one snapshot,
/// for the verifier of all chains: each link's hash can be checked out of chain order, and only the linkage needs
/// the order, so a provider package (SatisfactionKit.EfCore.PostgreSql's binary <c>COPY … TO STDOUT</c>) can read
/// the tables at the speed the database gives rows instead of chain by chain.
/// </summary>
/// <remarks>
/// For provider packages (registered by their builder extension); may change between minor versions, as
/// Npgsql's <c>.Internal</c> namespaces do. Without one, <see cref="None"/> is registered and every chain is read
/// through <see cref="IChainPageSource"/>.
/// </remarks>
public interface IChainScanSource
{
    /// <summary>The source that scans nothing: <see cref="CanScan"/> is always false.</summary>
    static IChainScanSource None => NoChainScanSource.Instance;

    /// <summary>Whether <see cref="ScanAsync"/> can read <paramref name="context"/>'s database.</summary>
    bool CanScan(DbContext context);

    /// <summary>
    /// Reads, from one snapshot of <paramref name="context"/>'s database, every row of the chain heads (passed once to
    /// <paramref name="heads"/>, before any rating), then every rating, each with all its <see cref="RatingEntity.Answers"/>
    /// and <see cref="RatingEntity.Choices"/>, read as stored (no change of any column), in batches in any order, passed
    /// to <paramref name="ratings"/> on the scan's thread (which may block, to hold the scan back). A rating may be passed
    /// more than once, the last time with all its rows, when some of them were read after it had been passed; the
    /// verifier then walks its chain.
    /// </summary>
    /// <returns>False when the scan gave up (the rows were too far out of order to join in bounded memory): the verifier then walks every chain.</returns>
    Task<bool> ScanAsync(DbContext context, Action<IReadOnlyList<ChainHeadEntity>> heads, Action<List<RatingEntity>> ratings, CancellationToken cancellationToken);
}
