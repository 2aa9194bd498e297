using System.Text.RegularExpressions;
using FluentValidation;
using SatisfactionKit.Localization;

namespace SatisfactionKit.Schemes;

/// <summary>
/// Checks a scheme definition: codes unique and well-formed, at least two levels with a satisfied
/// threshold, criteria that name existing factors and conditions, a usable follow-up and band table.
/// </summary>
public sealed partial class RatingSchemeValidator : AbstractValidator<RatingScheme>
{
    /// <summary>A shared instance; the validator has no state.</summary>
    public static RatingSchemeValidator Instance { get; } = new();

    /// <summary>Creates the validator.</summary>
    public RatingSchemeValidator()
    {
        RuleFor(s => s.Code).NotEmpty().Matches(CodePattern())
            .WithMessage(s => Text($"Mã bộ tiêu chí '{s.Code}' chỉ gồm chữ, số, '_', '-', '.' (tối đa 64 ký tự).", $"Scheme code '{s.Code}' may hold only letters, digits, '_', '-' and '.' (64 at most)."));
        RuleFor(s => s.Version).GreaterThanOrEqualTo(1);
        RuleFor(s => s.Name).NotNull();

        RuleFor(s => s.Levels).Must(l => l.Count >= 2)
            .WithMessage(_ => Text("Bộ tiêu chí phải có ít nhất hai mức đánh giá.", "A scheme needs at least two levels."));
        RuleFor(s => s.Levels).Must(UniqueBy<RatingLevel>(l => l.Code))
            .WithMessage(_ => Text("Mã mức đánh giá bị trùng.", "Level codes must be unique."));
        RuleFor(s => s.Levels).Must(l => l.Select(x => x.Value).Distinct().Count() == l.Count)
            .WithMessage(_ => Text("Giá trị các mức đánh giá bị trùng.", "Level values must be unique."));
        RuleFor(s => s.Levels).Must(l => l.Any(x => x.IsSatisfied) && l.Any(x => !x.IsSatisfied))
            .WithMessage(_ => Text("Phải có ít nhất một mức tính là hài lòng và một mức không hài lòng.", "At least one level must count as satisfied and one as not satisfied."));
        RuleForEach(s => s.Levels).Must(l => !string.IsNullOrWhiteSpace(l.Code) && l.Label is not null)
            .WithMessage(_ => Text("Mỗi mức đánh giá cần mã và nhãn.", "Every level needs a code and a label."));

        RuleFor(s => s.Criteria).NotEmpty()
            .WithMessage(_ => Text("Bộ tiêu chí phải có ít nhất một tiêu chí.", "A scheme needs at least one criterion."));
        RuleFor(s => s.Criteria).Must(UniqueBy<RatingCriterion>(c => c.Code))
            .WithMessage(_ => Text("Mã tiêu chí bị trùng.", "Criterion codes must be unique."));
        RuleForEach(s => s.Criteria).Must(c => !string.IsNullOrWhiteSpace(c.Code) && c.Label is not null)
            .WithMessage(_ => Text("Mỗi tiêu chí cần mã và nội dung.", "Every criterion needs a code and a label."));
        RuleFor(s => s.Factors).Must(UniqueBy<RatingFactor>(f => f.Code))
            .WithMessage(_ => Text("Mã yếu tố bị trùng.", "Factor codes must be unique."));
        RuleFor(s => s.Conditions).Must(UniqueBy<RatingCondition>(c => c.Code))
            .WithMessage(_ => Text("Mã điều kiện bị trùng.", "Condition codes must be unique."));

        RuleForEach(s => s.Criteria)
            .Must((s, c) => c.FactorCode is null || s.Factors.Any(f => f.Code == c.FactorCode))
            .WithMessage((_, c) => Text($"Tiêu chí '{c.Code}' thuộc yếu tố '{c.FactorCode}' không tồn tại.", $"Criterion '{c.Code}' names factor '{c.FactorCode}', which does not exist."));
        RuleForEach(s => s.Criteria)
            .Must((s, c) => c.Requirement != CriterionRequirement.Conditional || s.Conditions.Any(x => x.Code == c.ConditionCode))
            .WithMessage((_, c) => Text($"Tiêu chí có điều kiện '{c.Code}' phải nêu một điều kiện có trong bộ tiêu chí (đang là '{c.ConditionCode}').", $"Conditional criterion '{c.Code}' must name a condition of the scheme (it names '{c.ConditionCode}')."));
        RuleForEach(s => s.Criteria)
            .Must(c => c.Requirement == CriterionRequirement.Conditional || c.ConditionCode is null)
            .WithMessage((_, c) => Text($"Chỉ tiêu chí có điều kiện mới được nêu điều kiện ('{c.Code}').", $"Only a conditional criterion may name a condition ('{c.Code}')."));

        RuleFor(s => s.FollowUp).Must(f => f.Kind != FollowUpKind.Reasons || f.Reasons.Count > 0)
            .WithMessage(_ => Text("Bước hỏi lý do cần ít nhất một lý do.", "A reasons follow-up needs at least one reason."));
        RuleFor(s => s.FollowUp).Must(f => UniqueBy<FollowUpReason>(r => r.Code)(f.Reasons))
            .WithMessage(_ => Text("Mã lý do bị trùng.", "Reason codes must be unique."));
        RuleFor(s => s).Must(s => s.FollowUp.Kind != FollowUpKind.DissatisfiedCriteria || s.Criteria.Count >= 2)
            .WithName("FollowUp")
            .WithMessage(_ => Text("Bước hỏi tiêu chí chưa hài lòng cần ít nhất hai tiêu chí.", "A dissatisfied-criteria follow-up needs at least two criteria."));

        RuleFor(s => s).Must(CoversEveryTotal)
            .When(s => s.ScoreBands is not null && s.Levels.Count > 0)
            .WithName("ScoreBands")
            .WithMessage(s => Text($"Bảng xếp loại phải chứa mọi tổng điểm từ {MinimumTotal(s)}.", $"The band table must cover every total from {MinimumTotal(s)} upwards."));
        RuleFor(s => s.ScoreBands!.Bands).Must(UniqueBy<ScoreBand>(b => b.Code))
            .When(s => s.ScoreBands is not null)
            .WithMessage(_ => Text("Mã xếp loại bị trùng.", "Band codes must be unique."));
    }

    /// <summary>Throws <see cref="InvalidRatingSchemeException"/> listing every problem when the scheme is invalid.</summary>
    public void EnsureValid(RatingScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var result = Validate(scheme);
        if (!result.IsValid)
        {
            throw new InvalidRatingSchemeException(scheme.Code, [.. result.Errors.Select(e => e.ErrorMessage)]);
        }
    }

    private static int MinimumTotal(RatingScheme s) =>
        s.Levels.Count == 0 ? 0 : s.Levels.Min(l => l.Value) * s.Criteria.Count(c => c.Requirement == CriterionRequirement.Required);

    private static bool CoversEveryTotal(RatingScheme s) => s.ScoreBands!.Classify(MinimumTotal(s)) is not null;

    private static Func<IReadOnlyList<T>, bool> UniqueBy<T>(Func<T, string?> key) =>
        items => items.Select(key).Distinct(StringComparer.Ordinal).Count() == items.Count;

    private static string Text(string vietnamese, string english) => new LocalizedText(vietnamese, english).Get();

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
