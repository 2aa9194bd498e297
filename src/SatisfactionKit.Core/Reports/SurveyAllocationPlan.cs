namespace SatisfactionKit.Reports;

/// <summary>
/// A survey allocation plan like Hà Nam's 2018 one: for each procedure, a number of forms spread over
/// its places (districts, communes, offices) in proportion to their weights. Whole forms are dealt
/// by the largest-remainder method, so every procedure's lines add up to exactly its total.
/// </summary>
public sealed class SurveyAllocationPlan
{
    private readonly List<AllocationLine> _lines = [];

    /// <summary>Every line of the plan, in the order the procedures were added.</summary>
    public IReadOnlyList<AllocationLine> Lines => _lines;

    /// <summary>The forms of the whole plan.</summary>
    public int TotalForms => _lines.Sum(l => l.Forms);

    /// <summary>The forms each procedure gets.</summary>
    public IReadOnlyDictionary<string, int> FormsByProcedure =>
        _lines.GroupBy(l => l.ProcedureCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(l => l.Forms), StringComparer.Ordinal);

    /// <summary>Spreads <paramref name="forms"/> forms of <paramref name="procedureCode"/> over <paramref name="targets"/> by weight.</summary>
    /// <exception cref="ArgumentException">No places, a place with a weight not above zero, or a negative number of forms.</exception>
    public SurveyAllocationPlan Allocate(string procedureCode, int forms, IReadOnlyList<AllocationTarget> targets)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(procedureCode);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentOutOfRangeException.ThrowIfNegative(forms);
        if (targets.Count == 0 || targets.Any(t => t.Weight <= 0))
        {
            throw new ArgumentException("Mỗi thủ tục cần ít nhất một nơi khảo sát có trọng số dương. / Every procedure needs at least one place with a positive weight.", nameof(targets));
        }

        var totalWeight = targets.Sum(t => t.Weight);
        var exact = targets.Select(t => forms * t.Weight / totalWeight).ToArray();
        var whole = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = forms - whole.Sum();
        // Hand the forms left over to the places with the largest remainders, earliest place first on ties.
        foreach (var i in Enumerable.Range(0, targets.Count).OrderByDescending(i => exact[i] - whole[i]).ThenBy(i => i).Take(left))
        {
            whole[i]++;
        }

        for (var i = 0; i < targets.Count; i++)
        {
            _lines.Add(new AllocationLine(procedureCode, targets[i], whole[i]));
        }

        return this;
    }

    /// <summary>Gives each of <paramref name="targets"/> the same <paramref name="formsEach"/> forms (Hà Nam: "20 phiếu × 6 huyện").</summary>
    public SurveyAllocationPlan AllocateEach(string procedureCode, int formsEach, IReadOnlyList<AllocationTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return Allocate(procedureCode, formsEach * targets.Count, targets);
    }
}
