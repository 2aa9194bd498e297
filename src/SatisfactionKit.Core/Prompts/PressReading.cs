using SatisfactionKit.Schemes;

namespace SatisfactionKit.Prompts;

/// <summary>
/// What a press means for the prompt it lands on, read from the press and the prompt's scheme alone:
/// a stray press with its reason, a complete answer, or a first answer that asks for the follow-up step.
/// </summary>
internal readonly record struct PressReading(
    StrayPressReason? Stray,
    RatingLevel? Level,
    bool AsksFollowUp,
    IReadOnlyList<string> Criteria,
    IReadOnlyList<string> Reasons)
{
    private static PressReading StrayFor(StrayPressReason reason) => new(reason, null, false, [], []);

    private static PressReading Complete(RatingLevel level, IReadOnlyList<string> criteria, IReadOnlyList<string> reasons) =>
        new(null, level, false, criteria, reasons);

    /// <summary>Reads the first answer of a prompt.</summary>
    public static PressReading First(RatingScheme scheme, CounterPress press)
    {
        if (!scheme.AcceptsSinglePress)
        {
            return StrayFor(StrayPressReason.SchemeNeedsScreen);
        }

        if (press.LevelCode is null)
        {
            return StrayFor(StrayPressReason.UnexpectedInput);
        }

        if (scheme.FindLevel(press.LevelCode) is not { } level || !KnowsCriteria(scheme, press) || !KnowsReasons(scheme, press))
        {
            return StrayFor(StrayPressReason.UnknownCode);
        }

        if (!scheme.FollowUp.IsTriggeredBy(level))
        {
            return Complete(level, [], []);
        }

        // A pad or screen may send the follow-up's answer with the level, in one press.
        return scheme.FollowUp.Kind switch
        {
            FollowUpKind.DissatisfiedCriteria when press.CriterionCodes.Count > 0 => Complete(level, press.CriterionCodes, []),
            FollowUpKind.Reasons when press.ReasonCodes.Count > 0 => Complete(level, [], press.ReasonCodes),
            _ => new PressReading(null, level, true, [], []),
        };
    }

    /// <summary>Reads the answer to the follow-up step of a prompt whose first answer was <paramref name="pending"/>.</summary>
    public static PressReading FollowUp(RatingScheme scheme, RatingLevel pending, CounterPress press) => scheme.FollowUp.Kind switch
    {
        FollowUpKind.DissatisfiedCriteria when press.CriterionCodes.Count > 0 =>
            KnowsCriteria(scheme, press) ? Complete(pending, press.CriterionCodes, []) : StrayFor(StrayPressReason.UnknownCode),
        FollowUpKind.Reasons when press.ReasonCodes.Count > 0 =>
            KnowsReasons(scheme, press) ? Complete(pending, [], press.ReasonCodes) : StrayFor(StrayPressReason.UnknownCode),
        _ => StrayFor(StrayPressReason.UnexpectedInput),
    };

    private static bool KnowsCriteria(RatingScheme scheme, CounterPress press) =>
        press.CriterionCodes.All(c => scheme.FindCriterion(c) is not null);

    private static bool KnowsReasons(RatingScheme scheme, CounterPress press) =>
        press.ReasonCodes.All(r => scheme.FollowUp.Reasons.Any(x => x.Code == r));
}
