using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// Writes one chunk of ratings (a batch's, or a group of single ratings) inside the caller's open
/// transaction: rows already linked into their chains, with their answers and choices, and the chain
/// heads they move. The seam through which a provider package (such as SatisfactionKit.EfCore.PostgreSql's
/// binary COPY and one-statement head moves) replaces EF Core's statements without this package
/// depending on the provider.
/// </summary>
/// <remarks>
/// For provider packages (registered by their builder extension, replacing EF Core's writer); may change
/// between minor versions, as Npgsql's <c>.Internal</c> namespaces do.
/// </remarks>
public interface IRatingChunkWriter
{
    /// <summary>
    /// EF Core's portable writer (the change tracker and <c>SaveChanges</c>), for a provider writer to fall
    /// back to on a context that is not its provider's.
    /// </summary>
    static IRatingChunkWriter Portable => EntityFrameworkRatingChunkWriter.Instance;

    /// <summary>
    /// Writes <paramref name="ratings"/> (each with its <see cref="RatingEntity.Answers"/> and
    /// <see cref="RatingEntity.Choices"/>) through <paramref name="context"/>'s connection and transaction.
    /// A failure must leave the transaction to be rolled back by the caller, never half-committed.
    /// </summary>
    ValueTask WriteAsync(DbContext context, IReadOnlyList<RatingEntity> ratings, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a group's transaction: finds which of <paramref name="idempotencyKeys"/> are already
    /// stored, and locks the heads of <paramref name="chainKeys"/> until the transaction ends, creating
    /// the heads of new chains. By default EF Core's portable statements (a compiled query, then
    /// <see cref="GroupStart.BeginPortableAsync"/>, which leaves the heads tracked so that the
    /// <c>SaveChanges</c> of <see cref="WriteAsync"/> moves them).
    /// </summary>
    Task<GroupStart> BeginGroupAsync(DbContext context, IReadOnlyList<string> chainKeys, IReadOnlyList<string> idempotencyKeys, CancellationToken cancellationToken) =>
        GroupStart.BeginPortableAsync(context, chainKeys, idempotencyKeys, cancellationToken);

    /// <summary>
    /// Writes a group of single ratings, as <see cref="WriteAsync"/> does, stores the new sequence and
    /// hash of their chain <paramref name="heads"/> (those <see cref="BeginGroupAsync"/> returned) and adds
    /// <paramref name="rollups"/> (the ratings' cells), as <see cref="WriteRollupsAsync"/> does. A provider
    /// writer sends all of it in one round trip. By default <see cref="WriteAsync"/>, whose EF Core
    /// <c>SaveChanges</c> also moves the tracked heads, then <see cref="WriteRollupsAsync"/>.
    /// </summary>
    async ValueTask WriteGroupAsync(DbContext context, IReadOnlyList<RatingEntity> ratings, IReadOnlyCollection<ChainHeadEntity> heads, RollupDelta rollups, CancellationToken cancellationToken)
    {
        await WriteAsync(context, ratings, cancellationToken).ConfigureAwait(false);
        await WriteRollupsAsync(context, rollups, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds <paramref name="delta"/> to the roll-up cells inside the caller's open transaction, which holds the
    /// locks of the chains of every cell (each cell carries its chain key). By default EF Core's statements:
    /// the stored cells read by key, moved and inserted with one <c>SaveChanges</c>.
    /// </summary>
    ValueTask WriteRollupsAsync(DbContext context, RollupDelta delta, CancellationToken cancellationToken) =>
        PortableRollupWriter.WriteAsync(context, delta, cancellationToken);
}
