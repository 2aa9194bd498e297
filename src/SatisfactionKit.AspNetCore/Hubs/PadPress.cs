using SatisfactionKit.Ratings;

namespace SatisfactionKit.Server.Hubs;

/// <summary>
/// A press sent by a counter device (over the hub or HTTP). The counter is the device's own, never named here.
/// </summary>
/// <param name="LevelCode">The level pressed, for a first answer.</param>
/// <param name="CriterionCodes">The criteria named, for a follow-up (or a pad with one button per criterion).</param>
/// <param name="ReasonCodes">The reasons chosen, for a reasons follow-up.</param>
/// <param name="Channel">A pad (<see cref="RatingChannel.CounterPad"/>, the default) or a screen (<see cref="RatingChannel.CounterScreen"/>).</param>
/// <param name="IdempotencyKey">
/// The device's own key for this press (at most 100 characters), scoped to the device: the same key sent again (a counter
/// agent's outbox after a lost answer) gets the first answer and records nothing more. <see langword="null"/>: not keyed.
/// </param>
public sealed record PadPress(
    string? LevelCode,
    IReadOnlyList<string>? CriterionCodes = null,
    IReadOnlyList<string>? ReasonCodes = null,
    RatingChannel? Channel = null,
    string? IdempotencyKey = null);
