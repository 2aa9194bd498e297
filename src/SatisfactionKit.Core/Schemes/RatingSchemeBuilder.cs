using SatisfactionKit.Localization;

namespace SatisfactionKit.Schemes;

/// <summary>
/// Builds an agency-defined scheme fluently and checks it with <see cref="RatingSchemeValidator"/>.
/// </summary>
/// <example>
/// <code>
/// var scheme = new RatingSchemeBuilder("QUAN_1_2026", version: 1)
///     .WithName("Đánh giá tại quầy Quận 1", "District 1 counter rating")
///     .AddLevel("KHL", 1, "Không hài lòng", "Dissatisfied", satisfied: false)
///     .AddLevel("HL", 2, "Hài lòng", "Satisfied", satisfied: true)
///     .AddCriterion("CHUNG", "Mức độ hài lòng chung", "Overall satisfaction")
///     .Build();
/// </code>
/// </example>
public sealed class RatingSchemeBuilder
{
    private readonly string _code;
    private readonly int _version;
    private LocalizedText? _name;
    private readonly List<RatingLevel> _levels = [];
    private readonly List<RatingCriterion> _criteria = [];
    private readonly List<RatingFactor> _factors = [];
    private readonly List<RatingCondition> _conditions = [];
    private FollowUpRule _followUp = FollowUpRule.None;
    private ScoreBandTable? _bands;

    /// <summary>Starts a scheme with its code and version.</summary>
    public RatingSchemeBuilder(string code, int version = 1)
    {
        _code = code;
        _version = version;
    }

    /// <summary>Sets the scheme's name.</summary>
    public RatingSchemeBuilder WithName(string vietnamese, string english)
    {
        _name = new LocalizedText(vietnamese, english);
        return this;
    }

    /// <summary>Adds an answer level.</summary>
    public RatingSchemeBuilder AddLevel(string code, int value, string vietnamese, string english, bool satisfied)
    {
        _levels.Add(new RatingLevel(code, value, new LocalizedText(vietnamese, english), satisfied));
        return this;
    }

    /// <summary>Adds a factor grouping criteria.</summary>
    public RatingSchemeBuilder AddFactor(string code, string vietnamese, string english)
    {
        _factors.Add(new RatingFactor(code, new LocalizedText(vietnamese, english)));
        return this;
    }

    /// <summary>Adds a condition that conditional criteria may depend on.</summary>
    public RatingSchemeBuilder AddCondition(string code, string vietnamese, string english)
    {
        _conditions.Add(new RatingCondition(code, new LocalizedText(vietnamese, english)));
        return this;
    }

    /// <summary>Adds a criterion.</summary>
    /// <param name="code">The criterion's code.</param>
    /// <param name="vietnamese">The question in Vietnamese.</param>
    /// <param name="english">The question in English.</param>
    /// <param name="factorCode">The factor it belongs to, if the scheme has factors.</param>
    /// <param name="requirement">Whether it must be answered.</param>
    /// <param name="conditionCode">The condition of a conditional criterion.</param>
    public RatingSchemeBuilder AddCriterion(
        string code,
        string vietnamese,
        string english,
        string? factorCode = null,
        CriterionRequirement requirement = CriterionRequirement.Required,
        string? conditionCode = null)
    {
        _criteria.Add(new RatingCriterion(code, new LocalizedText(vietnamese, english), factorCode, requirement, conditionCode));
        return this;
    }

    /// <summary>Sets the follow-up step.</summary>
    public RatingSchemeBuilder WithFollowUp(FollowUpRule followUp)
    {
        _followUp = followUp ?? throw new ArgumentNullException(nameof(followUp));
        return this;
    }

    /// <summary>Sets the score bands of a points-scored scheme.</summary>
    public RatingSchemeBuilder WithScoreBands(params ScoreBand[] bands)
    {
        _bands = new ScoreBandTable(bands);
        return this;
    }

    /// <summary>Builds the scheme and validates it.</summary>
    /// <exception cref="InvalidRatingSchemeException">The scheme breaks a rule; the message lists every problem.</exception>
    public RatingScheme Build()
    {
        var scheme = new RatingScheme(
            _code,
            _version,
            _name ?? new LocalizedText(_code, _code),
            [.. _levels.OrderBy(l => l.Value)],
            [.. _criteria],
            [.. _factors],
            [.. _conditions],
            _followUp,
            _bands);
        RatingSchemeValidator.Instance.EnsureValid(scheme);
        return scheme;
    }
}
