using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Rollups;

/// <summary>
/// Compares the stored dossier codes' dissatisfied counts (<see cref="DissatisfiedDossierEntity"/>) with a
/// GROUP BY over the ratings, in the database: only the codes that differ come back, so a check holds no
/// list of every code.
/// </summary>
internal static class DissatisfiedDossierCheck
{
    /// <summary>How many codes were compared and differ, and the first differences (a changed count, a missing code, a code no rating explains).</summary>
    public static async Task<(long Compared, long Differing, List<RollupCellDifference> Listed)> RunAsync(DbContext context, CancellationToken cancellationToken)
    {
        var stored = context.Set<DissatisfiedDossierEntity>().AsNoTracking();
        var dissatisfied = context.Set<RatingEntity>().AsNoTracking().Where(r => !r.IsSatisfied && r.DossierCode != null);
        var expected = dissatisfied.GroupBy(r => r.DossierCode!).Select(g => new { Code = g.Key, Count = g.Count() });
        var wrongQuery =
            from e in expected
            join d in stored on e.Code equals d.DossierCode into found
            from d in found.DefaultIfEmpty()
            where d == null || d.Ratings != e.Count
            select new { e.Code, Expected = e.Count, Stored = d == null ? 0 : d.Ratings };
        var orphanQuery = stored.Where(d => !dissatisfied.Any(r => r.DossierCode == d.DossierCode)).Select(d => new { d.DossierCode, d.Ratings });
        var wrong = await wrongQuery.OrderBy(w => w.Code).Take(RollupCheckResult.MaxListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        var orphans = await orphanQuery.OrderBy(o => o.DossierCode).Take(RollupCheckResult.MaxListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        // Counted apart from the lists, which stop at the most listed.
        var wrongCount = wrong.Count < RollupCheckResult.MaxListed ? wrong.Count : await wrongQuery.LongCountAsync(cancellationToken).ConfigureAwait(false);
        var orphanCount = orphans.Count < RollupCheckResult.MaxListed ? orphans.Count : await orphanQuery.LongCountAsync(cancellationToken).ConfigureAwait(false);
        var compared = await expected.LongCountAsync(cancellationToken).ConfigureAwait(false) + orphanCount;
        return (compared, wrongCount + orphanCount, [
            .. wrong.Select(w => new RollupCellDifference("dossiers", "dossier=" + w.Code, w.Expected, w.Stored)),
            .. orphans.Select(o => new RollupCellDifference("dossiers", "dossier=" + o.DossierCode, 0, o.Ratings))]);
    }
}
