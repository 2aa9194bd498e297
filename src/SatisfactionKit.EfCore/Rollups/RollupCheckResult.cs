namespace SatisfactionKit.EntityFrameworkCore.Rollups;

/// <summary>What a check of the roll-ups found.</summary>
/// <param name="Ratings">Ratings read.</param>
/// <param name="Cells">Cells compared (stored or expected).</param>
/// <param name="IsBuilt">Whether the roll-ups are marked built for the reporting time zone and this version's cell layout (reports read them).</param>
/// <param name="Differences">The cells that differ, at most <see cref="MaxListed"/> of them.</param>
/// <param name="DifferenceCount">How many cells differ in all.</param>
public sealed record RollupCheckResult(long Ratings, long Cells, bool IsBuilt, IReadOnlyList<RollupCellDifference> Differences, long DifferenceCount)
{
    /// <summary>The most differences listed (all are counted).</summary>
    public const int MaxListed = 1000;

    /// <summary>Whether every cell equals the ratings' count.</summary>
    public bool IsConsistent => DifferenceCount == 0;
}

/// <summary>One roll-up cell (or dossier code's count) whose stored counts differ from the ratings'.</summary>
/// <param name="Table">"ratings", "answers" or "dossiers" (a dossier code's count of dissatisfied ratings).</param>
/// <param name="Cell">The cell's dimensions, readable (cube, period, chain, unit, procedure, officer, counter, channel, scheme, and for answers criterion and level), or <c>dossier=…</c>.</param>
/// <param name="Expected">The count computed from the ratings (0: no rating falls in the cell).</param>
/// <param name="Stored">The stored count (0: no such cell is stored).</param>
/// <param name="ExpectedSatisfied">For rating cells, the satisfied count computed from the ratings.</param>
/// <param name="StoredSatisfied">For rating cells, the stored satisfied count.</param>
/// <param name="ExpectedDissatisfiedWithDossier">For rating cells, the count of dissatisfied ratings with a dossier computed from the ratings.</param>
/// <param name="StoredDissatisfiedWithDossier">For rating cells, that count as stored.</param>
public sealed record RollupCellDifference(
    string Table,
    string Cell,
    long Expected,
    long Stored,
    long ExpectedSatisfied = 0,
    long StoredSatisfied = 0,
    long ExpectedDissatisfiedWithDossier = 0,
    long StoredDissatisfiedWithDossier = 0);
