using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Rollups;

/// <summary>
/// Compares the copies of repeated dissatisfied ratings (<see cref="RepeatedDissatisfiedRatingEntity"/>) with what
/// the ratings say they must be — every dissatisfied rating of a code with more than one, its columns as stored —
/// in the database: only the differences come back. A copy whose columns were changed shows twice, as its
/// rating's missing copy and as a copy no rating explains.
/// </summary>
internal static class RepeatedDissatisfiedCheck
{
    /// <summary>How many copies were compared and differ, and the first differences (table <c>repeats</c>).</summary>
    public static async Task<(long Compared, long Differing, List<RollupCellDifference> Listed)> RunAsync(DbContext context, CancellationToken cancellationToken)
    {
        var stored = context.Set<RepeatedDissatisfiedRatingEntity>().AsNoTracking();
        var dissatisfied = context.Set<RatingEntity>().AsNoTracking().Where(r => !r.IsSatisfied && r.DossierCode != null);
        var repeatedCodes = dissatisfied.GroupBy(r => r.DossierCode!).Where(g => g.Count() > 1).Select(g => g.Key);
        var expected = dissatisfied.Where(r => repeatedCodes.Contains(r.DossierCode!));
        var missingQuery = expected
            .Where(r => !stored.Any(s => s.RatingId == r.Id && s.DossierCode == r.DossierCode && s.SchemeCode == r.SchemeCode
                && s.ProcedureCode == r.ProcedureCode && s.UnitCode == r.UnitCode && s.OfficerId == r.OfficerId
                && s.CounterId == r.CounterId && s.Channel == r.Channel && s.SubmittedAt == r.SubmittedAt))
            .Select(r => r.Id);
        var unexplainedQuery = stored
            .Where(s => !expected.Any(r => r.Id == s.RatingId && r.DossierCode == s.DossierCode && r.SchemeCode == s.SchemeCode
                && r.ProcedureCode == s.ProcedureCode && r.UnitCode == s.UnitCode && r.OfficerId == s.OfficerId
                && r.CounterId == s.CounterId && r.Channel == s.Channel && r.SubmittedAt == s.SubmittedAt))
            .Select(s => s.RatingId);
        var missing = await missingQuery.OrderBy(id => id).Take(RollupCheckResult.MaxListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        var unexplained = await unexplainedQuery.OrderBy(id => id).Take(RollupCheckResult.MaxListed).ToListAsync(cancellationToken).ConfigureAwait(false);
        // Counted apart from the lists, which stop at the most listed.
        var missingCount = missing.Count < RollupCheckResult.MaxListed ? missing.Count : await missingQuery.LongCountAsync(cancellationToken).ConfigureAwait(false);
        var unexplainedCount = unexplained.Count < RollupCheckResult.MaxListed ? unexplained.Count : await unexplainedQuery.LongCountAsync(cancellationToken).ConfigureAwait(false);
        var compared = await expected.LongCountAsync(cancellationToken).ConfigureAwait(false) + unexplainedCount;
        return (compared, missingCount + unexplainedCount, [
            .. missing.Select(id => new RollupCellDifference("repeats", "rating=" + id, 1, 0)),
            .. unexplained.Select(id => new RollupCellDifference("repeats", "rating=" + id, 0, 1))]);
    }
}
