using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// Writes one chunk of ratings (a batch's, or a group of single ratings) inside the caller's open
/// transaction: rows already linked into their chains, with their answers and choices, and the chain
/// heads they move. The seam through which a provider package (such as SatisfactionKit.EfCore.PostgreSql's
/// binary COPY and one-statement head moves) replaces EF Core's statements without this package
/// depending on the provider.
/// </summary>
internal interface IRatingChunkWriter
{
    /// <summary>
    /// Writes <paramref name="ratings"/> (each with its <see cref="RatingEntity.Answers"/> and
    /// <see cref="RatingEntity.Choices"/>) through <paramref name="context"/>'s connection and transaction.
    /// A failure must leave the transaction to be rolled back by the caller, never half-committed.
    /// </summary>
    ValueTask WriteAsync(DbContext context, IReadOnlyList<RatingEntity> ratings, CancellationToken cancellationToken);

    /// <summary>
    /// Locks the heads of <paramref name="chainKeys"/> until the transaction ends, creating the heads of
    /// new chains, and returns them. By default EF Core's portable statements
    /// (<see cref="ChainHeads.LockAllAsync"/>), which leave the heads tracked so that the
    /// <c>SaveChanges</c> of <see cref="WriteAsync"/> moves them.
    /// </summary>
    Task<Dictionary<string, ChainHeadEntity>> LockHeadsAsync(DbContext context, IReadOnlyList<string> chainKeys, CancellationToken cancellationToken) =>
        ChainHeads.LockAllAsync(context, chainKeys, cancellationToken);

    /// <summary>
    /// Writes a group of single ratings, as <see cref="WriteAsync"/> does, and stores the new sequence and
    /// hash of their chain <paramref name="heads"/> (those <see cref="LockHeadsAsync"/> returned). By
    /// default <see cref="WriteAsync"/>, whose EF Core <c>SaveChanges</c> also moves the tracked heads.
    /// </summary>
    ValueTask WriteGroupAsync(DbContext context, IReadOnlyList<RatingEntity> ratings, IReadOnlyCollection<ChainHeadEntity> heads, CancellationToken cancellationToken) =>
        WriteAsync(context, ratings, cancellationToken);
}
