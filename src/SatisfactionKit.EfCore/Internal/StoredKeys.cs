using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>Which idempotency keys are already stored: asked once per group of ratings, so through a compiled query.</summary>
internal static class StoredKeys
{
    private static readonly PerModelQuery<Func<DbContext, string[], IAsyncEnumerable<string>>> Query = new(() =>
        EF.CompileAsyncQuery((DbContext context, string[] keys) => context.Set<RatingEntity>().AsNoTracking().Where(r => keys.Contains(r.IdempotencyKey)).Select(r => r.IdempotencyKey)));

    /// <summary>The keys among <paramref name="keys"/> that a stored rating has.</summary>
    public static async Task<HashSet<string>> FindAsync(DbContext context, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return stored;
        }

        await foreach (var key in Query.For(context)(context, [.. keys]).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            stored.Add(key);
        }

        return stored;
    }
}
