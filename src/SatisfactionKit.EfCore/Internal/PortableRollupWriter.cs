using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// Adds a <see cref="RollupDelta"/> through EF Core, for any provider: the delta's stored cells are read by
/// key (a few queries), their counts moved on the tracked rows, new cells added, and one SaveChanges writes
/// them. A read-then-write is safe here because every cell carries its chain key, and the transaction holds
/// the lock of every chain whose ratings it adds (no other writer can touch those cells before it commits);
/// the dossier codes' counts, which no chain owns, are added in the database (<see cref="AddDissatisfiedAsync"/>),
/// then the ratings of codes counted more than once copied (<see cref="AddRepeatsAsync"/>).
/// A new cell is tracked as it is: a delta belongs to one transaction (a retry computes a new one).
/// </summary>
internal static class PortableRollupWriter
{
    private const int KeysPerQuery = 500;

    public static async ValueTask WriteAsync(DbContext context, RollupDelta delta, CancellationToken cancellationToken)
    {
        if (delta.IsEmpty)
        {
            return;
        }

        var written = new List<object>();
        var ratings = delta.Ratings;
        var storedRatings = await StoredAsync(context.Set<RatingRollupEntity>(), ratings.Select(c => c.CellKey), c => c.CellKey, cancellationToken).ConfigureAwait(false);
        foreach (var cell in ratings)
        {
            if (storedRatings.TryGetValue(Convert.ToHexString(cell.CellKey), out var stored))
            {
                stored.Count += cell.Count;
                stored.Satisfied += cell.Satisfied;
                stored.DissatisfiedWithDossier += cell.DissatisfiedWithDossier;
                written.Add(stored);
            }
            else
            {
                context.Add(cell);
                written.Add(cell);
            }
        }

        var answers = delta.Answers;
        var storedAnswers = await StoredAsync(context.Set<AnswerRollupEntity>(), answers.Select(c => c.CellKey), c => c.CellKey, cancellationToken).ConfigureAwait(false);
        foreach (var cell in answers)
        {
            if (storedAnswers.TryGetValue(Convert.ToHexString(cell.CellKey), out var stored))
            {
                stored.Count += cell.Count;
                written.Add(stored);
            }
            else
            {
                context.Add(cell);
                written.Add(cell);
            }
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        // Written: no longer tracked, so that an import's later chunks do not scan every earlier chunk's cells
        // for changes (the context lives as long as the import's transaction).
        Detach(context, written);
        var codes = delta.DissatisfiedDossiers;
        await AddDissatisfiedAsync(context, codes, cancellationToken).ConfigureAwait(false);
        await AddRepeatsAsync(context, codes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Copies the dissatisfied ratings of those of <paramref name="codes"/> now counted more than once that are not
    /// copied yet (<see cref="RepeatedDissatisfiedRatingEntity"/>), as <see cref="RepeatedDissatisfiedInsert"/> does in
    /// SQL. The codes' rows were just written by this transaction, so a second writer of the same code waits for it.
    /// </summary>
    private static async ValueTask AddRepeatsAsync(DbContext context, IReadOnlyList<DissatisfiedDossierEntity> codes, CancellationToken cancellationToken)
    {
        var copied = context.Set<RepeatedDissatisfiedRatingEntity>();
        foreach (var chunk in codes.Chunk(KeysPerQuery))
        {
            List<string> list = [.. chunk.Select(c => c.DossierCode)];
            var repeated = context.Set<DissatisfiedDossierEntity>().Where(d => list.Contains(d.DossierCode) && d.Ratings > 1).Select(d => d.DossierCode);
            var copies = await context.Set<RatingEntity>().AsNoTracking()
                .Where(r => !r.IsSatisfied && repeated.Contains(r.DossierCode!) && !copied.Any(c => c.RatingId == r.Id))
                .Select(r => new RepeatedDissatisfiedRatingEntity
                {
                    RatingId = r.Id,
                    DossierCode = r.DossierCode!,
                    SchemeCode = r.SchemeCode,
                    ProcedureCode = r.ProcedureCode,
                    UnitCode = r.UnitCode,
                    OfficerId = r.OfficerId,
                    CounterId = r.CounterId,
                    Channel = r.Channel,
                    SubmittedAt = r.SubmittedAt,
                })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (copies.Count == 0)
            {
                continue;
            }

            context.AddRange(copies);
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Detach(context, copies);
            }
        }
    }

    private static void Detach(DbContext context, IEnumerable<object> written)
    {
        foreach (var row in written)
        {
            context.Entry(row).State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Adds to the dossier codes' dissatisfied counts. Unlike a cell, a code is not one chain's (one dossier
    /// code may be rated in two units), so no chain lock covers it: a stored code is moved by an UPDATE that
    /// adds in the database (two writers' additions both count), and a new one is inserted. When another unit's
    /// writer inserted the same new code first, its key refuses ours; EF Core rolls the transaction back to the
    /// savepoint it takes before that SaveChanges, and the codes are looked up again and added to as stored.
    /// </summary>
    private static async ValueTask AddDissatisfiedAsync(DbContext context, IReadOnlyList<DissatisfiedDossierEntity> codes, CancellationToken cancellationToken)
    {
        const int Attempts = 3;
        var set = context.Set<DissatisfiedDossierEntity>();
        for (var attempt = 1; codes.Count > 0; attempt++)
        {
            var stored = new HashSet<string>(StringComparer.Ordinal);
            foreach (var chunk in codes.Chunk(KeysPerQuery))
            {
                List<string> list = [.. chunk.Select(c => c.DossierCode)];
                stored.UnionWith(await set.AsNoTracking().Where(d => list.Contains(d.DossierCode)).Select(d => d.DossierCode).ToListAsync(cancellationToken).ConfigureAwait(false));
            }

            // One UPDATE per amount added (nearly always 1), in code order as every writer goes.
            foreach (var amount in codes.Where(c => stored.Contains(c.DossierCode)).GroupBy(c => c.Ratings))
            {
                var by = amount.Key;
                foreach (var chunk in amount.Chunk(KeysPerQuery))
                {
                    List<string> list = [.. chunk.Select(c => c.DossierCode)];
                    await set.Where(d => list.Contains(d.DossierCode))
                        .ExecuteUpdateAsync(s => s.SetProperty(d => d.Ratings, d => d.Ratings + by), cancellationToken).ConfigureAwait(false);
                }
            }

            var added = codes.Where(c => !stored.Contains(c.DossierCode)).ToList();
            context.AddRange(added);
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                codes = [];
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another unit's writer stored one of these codes first: once more, finding it stored.
                codes = added;
            }
            finally
            {
                Detach(context, added);
            }
        }
    }

    private static async Task<Dictionary<string, T>> StoredAsync<T>(DbSet<T> set, IEnumerable<byte[]> keys, Func<T, byte[]> keyOf, CancellationToken cancellationToken)
        where T : class
    {
        var stored = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            List<byte[]> list = [.. chunk];
            var rows = await set.Where(c => list.Contains(EF.Property<byte[]>(c, nameof(RatingRollupEntity.CellKey)))).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                stored[Convert.ToHexString(keyOf(row))] = row;
            }
        }

        return stored;
    }
}
