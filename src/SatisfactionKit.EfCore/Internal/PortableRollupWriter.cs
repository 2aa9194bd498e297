using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// Adds a <see cref="RollupDelta"/> through EF Core, for any provider: the delta's stored cells are read by
/// key (a few queries), their counts moved on the tracked rows, new cells added, and one SaveChanges writes
/// them. A read-then-write is safe here because every cell carries its chain key, and the transaction holds
/// the lock of every chain whose ratings it adds (no other writer can touch those cells before it commits).
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

        var ratings = delta.Ratings;
        var storedRatings = await StoredAsync(context.Set<RatingRollupEntity>(), ratings.Select(c => c.CellKey), c => c.CellKey, cancellationToken).ConfigureAwait(false);
        foreach (var cell in ratings)
        {
            if (storedRatings.TryGetValue(Convert.ToHexString(cell.CellKey), out var stored))
            {
                stored.Count += cell.Count;
                stored.Satisfied += cell.Satisfied;
            }
            else
            {
                context.Add(Copy(cell));
            }
        }

        var answers = delta.Answers;
        var storedAnswers = await StoredAsync(context.Set<AnswerRollupEntity>(), answers.Select(c => c.CellKey), c => c.CellKey, cancellationToken).ConfigureAwait(false);
        foreach (var cell in answers)
        {
            if (storedAnswers.TryGetValue(Convert.ToHexString(cell.CellKey), out var stored))
            {
                stored.Count += cell.Count;
            }
            else
            {
                context.Add(Copy(cell));
            }
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
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

    // The delta's objects stay the caller's: the context tracks copies.
    private static RatingRollupEntity Copy(RatingRollupEntity c) => new()
    {
        CellKey = c.CellKey, Cube = c.Cube, Period = c.Period, ChainKey = c.ChainKey, UnitCode = c.UnitCode, ProcedureCode = c.ProcedureCode,
        OfficerId = c.OfficerId, CounterId = c.CounterId, Channel = c.Channel, SchemeCode = c.SchemeCode, SchemeVersion = c.SchemeVersion,
        Count = c.Count, Satisfied = c.Satisfied,
    };

    private static AnswerRollupEntity Copy(AnswerRollupEntity c) => new()
    {
        CellKey = c.CellKey, Cube = c.Cube, Period = c.Period, ChainKey = c.ChainKey, UnitCode = c.UnitCode, ProcedureCode = c.ProcedureCode,
        OfficerId = c.OfficerId, CounterId = c.CounterId, Channel = c.Channel, SchemeCode = c.SchemeCode, SchemeVersion = c.SchemeVersion,
        Conditions = c.Conditions, CriterionCode = c.CriterionCode, LevelCode = c.LevelCode, Value = c.Value, IsSatisfied = c.IsSatisfied, Count = c.Count,
    };
}
