namespace SatisfactionKit.Schemes;

/// <summary>The follow-up step a scheme opens after a low first answer.</summary>
/// <param name="Kind">What is asked.</param>
/// <param name="TriggerAtOrBelowValue">
/// The follow-up opens when the first answer's level value is at or below this; when
/// <see langword="null"/>, it opens for any level that does not count as satisfied.
/// </param>
/// <param name="Reasons">The reasons offered, for <see cref="FollowUpKind.Reasons"/>.</param>
public sealed record FollowUpRule(
    FollowUpKind Kind,
    int? TriggerAtOrBelowValue = null,
    IReadOnlyList<FollowUpReason>? Reasons = null)
{
    /// <summary>No follow-up.</summary>
    public static FollowUpRule None { get; } = new(FollowUpKind.None);

    /// <summary>The reasons offered; empty unless <see cref="Kind"/> is <see cref="FollowUpKind.Reasons"/>.</summary>
    public IReadOnlyList<FollowUpReason> Reasons { get; init; } = Reasons ?? [];

    /// <summary>Whether a first answer at <paramref name="level"/> opens the follow-up.</summary>
    public bool IsTriggeredBy(RatingLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return Kind != FollowUpKind.None &&
               (TriggerAtOrBelowValue is { } max ? level.Value <= max : !level.IsSatisfied);
    }
}
