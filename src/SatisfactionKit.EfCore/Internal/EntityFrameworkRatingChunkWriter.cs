using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// The portable <see cref="IRatingChunkWriter"/>: EF Core's change tracker and <c>SaveChanges</c>, which
/// the provider turns into batched INSERT statements. Runs on every relational provider.
/// </summary>
internal sealed class EntityFrameworkRatingChunkWriter : IRatingChunkWriter
{
    /// <summary>The writer has no state: one instance serves every batch, and provider writers fall back to it.</summary>
    public static EntityFrameworkRatingChunkWriter Instance { get; } = new();

    public async ValueTask WriteAsync(DbContext context, IReadOnlyList<RatingEntity> ratings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ratings);
        context.Set<RatingEntity>().AddRange(ratings);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        // Written rows need no tracking: the next chunk starts with an empty change tracker.
        context.ChangeTracker.Clear();
    }
}
