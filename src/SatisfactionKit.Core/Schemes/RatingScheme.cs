using System.Text.Json.Serialization;
using SatisfactionKit.Localization;

namespace SatisfactionKit.Schemes;

/// <summary>
/// A rating scheme (<i>bộ tiêu chí đánh giá</i>): the levels a respondent may answer, the criteria
/// asked, their factors, conditions and follow-up. Schemes are versioned: a stored rating keeps the
/// code and version it was given under, so changing a scheme means publishing a new version.
/// </summary>
/// <remarks>
/// Use the built-ins in <see cref="RatingSchemes"/>, build one with <see cref="RatingSchemeBuilder"/>,
/// or read one from JSON with <see cref="RatingSchemeJson"/>. Check a scheme of your own with
/// <see cref="RatingSchemeValidator"/> before using it.
/// </remarks>
[System.ComponentModel.TypeConverter(typeof(RatingSchemeCodeConverter))]
public sealed record RatingScheme
{
    /// <summary>
    /// The answer of a citizen who was dissatisfied but did not say with which criterion (the follow-up
    /// asking it was not answered): a rating with this one answer, at a dissatisfied level, counts as
    /// dissatisfied, attributes nothing to any real criterion, and shows as its own "criterion not stated"
    /// row in the criteria report. Only in schemes whose follow-up asks for dissatisfied criteria.
    /// </summary>
    public const string NotStatedCriterionCode = "SK_NOT_STATED";

    /// <summary>Creates a scheme. Prefer <see cref="RatingSchemeBuilder"/>, which fills the defaults.</summary>
    [JsonConstructor]
    public RatingScheme(
        string code,
        int version,
        LocalizedText name,
        IReadOnlyList<RatingLevel> levels,
        IReadOnlyList<RatingCriterion> criteria,
        IReadOnlyList<RatingFactor>? factors = null,
        IReadOnlyList<RatingCondition>? conditions = null,
        FollowUpRule? followUp = null,
        ScoreBandTable? scoreBands = null)
    {
        Code = code;
        Version = version;
        Name = name;
        Levels = levels ?? [];
        Criteria = criteria ?? [];
        Factors = factors ?? [];
        Conditions = conditions ?? [];
        FollowUp = followUp ?? FollowUpRule.None;
        ScoreBands = scoreBands;
    }

    /// <summary>The scheme's code, such as <c>HANOI_2014</c>.</summary>
    public string Code { get; }

    /// <summary>The scheme's version, 1 or more.</summary>
    public int Version { get; }

    /// <summary>The scheme's name in Vietnamese and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>The answer levels, lowest value first.</summary>
    public IReadOnlyList<RatingLevel> Levels { get; }

    /// <summary>The criteria, in the order they are asked.</summary>
    public IReadOnlyList<RatingCriterion> Criteria { get; }

    /// <summary>The factors grouping the criteria; empty when the scheme has none.</summary>
    public IReadOnlyList<RatingFactor> Factors { get; }

    /// <summary>The conditions conditional criteria depend on.</summary>
    public IReadOnlyList<RatingCondition> Conditions { get; }

    /// <summary>The follow-up step after a low first answer.</summary>
    public FollowUpRule FollowUp { get; }

    /// <summary>For points-scored schemes (TT01), the bands totals fall in; otherwise <see langword="null"/>.</summary>
    public ScoreBandTable? ScoreBands { get; }

    /// <summary>The level with <paramref name="code"/>, or <see langword="null"/>.</summary>
    public RatingLevel? FindLevel(string code) => Levels.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.Ordinal));

    /// <summary>The criterion with <paramref name="code"/>, or <see langword="null"/>.</summary>
    public RatingCriterion? FindCriterion(string code) => Criteria.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    /// <summary>The criteria of the factor <paramref name="factorCode"/>.</summary>
    public IEnumerable<RatingCriterion> CriteriaOf(string factorCode) =>
        Criteria.Where(c => string.Equals(c.FactorCode, factorCode, StringComparison.Ordinal));

    /// <summary>
    /// Whether the scheme asks a single overall question, so that one press of a pad is a whole
    /// answer. Schemes with a <see cref="FollowUpKind.DissatisfiedCriteria"/> follow-up (Hà Nội)
    /// also take a single press: satisfied answers every criterion, dissatisfied asks which.
    /// </summary>
    [JsonIgnore]
    public bool AcceptsSinglePress => Criteria.Count == 1 || FollowUp.Kind == FollowUpKind.DissatisfiedCriteria;

    /// <summary>The lowest level that counts as satisfied.</summary>
    [JsonIgnore]
    public RatingLevel? LowestSatisfiedLevel => Levels.Where(l => l.IsSatisfied).MinBy(l => l.Value);

    /// <summary>The highest level that does not count as satisfied.</summary>
    [JsonIgnore]
    public RatingLevel? HighestDissatisfiedLevel => Levels.Where(l => !l.IsSatisfied).MaxBy(l => l.Value);

    /// <summary>A short form for logs: <c>CODE v1</c>.</summary>
    public override string ToString() => $"{Code} v{Version}";
}
