using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// Writes one chunk of a rating batch: rows already linked into their chains, with their answers and
/// choices, inside the batch's open transaction. The seam through which a provider package (such as
/// SatisfactionKit.EfCore.PostgreSql's binary COPY) replaces EF Core's batched INSERTs without this
/// package depending on the provider.
/// </summary>
internal interface IRatingChunkWriter
{
    /// <summary>
    /// Writes <paramref name="ratings"/> (each with its <see cref="RatingEntity.Answers"/> and
    /// <see cref="RatingEntity.Choices"/>) through <paramref name="context"/>'s connection and transaction.
    /// A failure must leave the transaction to be rolled back by the caller, never half-committed.
    /// </summary>
    ValueTask WriteAsync(DbContext context, IReadOnlyList<RatingEntity> ratings, CancellationToken cancellationToken);
}
