using System.Globalization;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.Rollups;

/// <summary>Compares a chain's cells computed from its ratings with its stored cells, and keeps the differences.</summary>
internal sealed class RollupComparison
{
    private readonly List<RollupCellDifference> _differences = [];

    public long Cells { get; private set; }

    public long DifferenceCount { get; private set; }

    public IReadOnlyList<RollupCellDifference> Differences => _differences;

    public void Compare(RollupDelta expected, IReadOnlyList<RatingRollupEntity> storedRatings, IReadOnlyList<AnswerRollupEntity> storedAnswers)
    {
        var stored = storedRatings.ToDictionary(c => Convert.ToHexString(c.CellKey), StringComparer.Ordinal);
        foreach (var cell in expected.Ratings)
        {
            var key = Convert.ToHexString(cell.CellKey);
            stored.Remove(key, out var found);
            Count(found is null || found.Count != cell.Count || found.Satisfied != cell.Satisfied || found.DissatisfiedWithDossier != cell.DissatisfiedWithDossier,
                () => new RollupCellDifference("ratings", Describe(cell), cell.Count, found?.Count ?? 0, cell.Satisfied, found?.Satisfied ?? 0, cell.DissatisfiedWithDossier, found?.DissatisfiedWithDossier ?? 0));
        }

        foreach (var orphan in stored.Values)
        {
            Count(true, () => new RollupCellDifference("ratings", Describe(orphan), 0, orphan.Count, 0, orphan.Satisfied, 0, orphan.DissatisfiedWithDossier));
        }

        var answers = storedAnswers.ToDictionary(c => Convert.ToHexString(c.CellKey), StringComparer.Ordinal);
        foreach (var cell in expected.Answers)
        {
            answers.Remove(Convert.ToHexString(cell.CellKey), out var found);
            Count(found is null || found.Count != cell.Count, () => new RollupCellDifference("answers", Describe(cell), cell.Count, found?.Count ?? 0));
        }

        foreach (var orphan in answers.Values)
        {
            Count(true, () => new RollupCellDifference("answers", Describe(orphan), 0, orphan.Count));
        }
    }

    /// <summary>Counts the dossier codes compared and differing, and keeps the listed differences (up to the most listed).</summary>
    public void AddDossiers(long compared, long differing, IEnumerable<RollupCellDifference> listed)
    {
        Cells += compared;
        DifferenceCount += differing;
        _differences.AddRange(listed.Take(RollupCheckResult.MaxListed - _differences.Count));
    }

    private void Count(bool differs, Func<RollupCellDifference> difference)
    {
        Cells++;
        if (!differs)
        {
            return;
        }

        DifferenceCount++;
        if (_differences.Count < RollupCheckResult.MaxListed)
        {
            _differences.Add(difference());
        }
    }

    private static string Describe(RatingRollupEntity c) =>
        Describe(c.Cube, c.Period, c.ChainKey, c.UnitCode, c.ProcedureCode, c.OfficerId, c.CounterId, c.Channel.ToString(), c.SchemeCode, c.SchemeVersion);

    private static string Describe(AnswerRollupEntity c) =>
        Describe(c.Cube, c.Period, c.ChainKey, c.UnitCode, c.ProcedureCode, c.OfficerId, c.CounterId, c.Channel.ToString(), c.SchemeCode, c.SchemeVersion)
        + string.Create(CultureInfo.InvariantCulture, $" criterion={c.CriterionCode} level={c.LevelCode} conditions={c.Conditions}");

    private static string Describe(short cube, DateTime period, string chain, string unit, string procedure, string officer, string counter, string channel, string scheme, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"cube={cube} period={period:yyyy-MM-dd HH:mm} chain={chain} unit={unit} procedure={procedure} officer={officer} counter={counter} channel={channel} scheme={scheme}@{version}");
}
