using SatisfactionKit.Ratings;

namespace SatisfactionKit.Prompts;

/// <summary>
/// A press on a counter's pad or screen, as decoded by its driver. A first answer gives
/// <see cref="LevelCode"/> (and, on pads with one button per criterion, the criteria); a follow-up
/// gives <see cref="CriterionCodes"/> or <see cref="ReasonCodes"/>.
/// </summary>
public sealed record CounterPress
{
    /// <summary>The counter the pad is bound to (its id within <see cref="UnitCode"/>).</summary>
    public required string CounterId { get; init; }

    /// <summary>
    /// The unit of the counter. <see langword="null"/> names the counter by its id alone: taken when exactly one unit
    /// has a counter with that id, refused (<see cref="AmbiguousCounterException"/>) when several do.
    /// </summary>
    public string? UnitCode { get; init; }

    /// <summary>The counter pressed, when <see cref="UnitCode"/> is given.</summary>
    internal CounterKey? Counter => UnitCode is null ? null : new CounterKey(UnitCode, CounterId);

    /// <summary>The level pressed, for a first answer.</summary>
    public string? LevelCode { get; init; }

    /// <summary>The criteria named, for a dissatisfied-criteria follow-up (or a pad with one button per criterion).</summary>
    public IReadOnlyList<string> CriterionCodes { get; init; } = [];

    /// <summary>The reasons chosen, for a reasons follow-up.</summary>
    public IReadOnlyList<string> ReasonCodes { get; init; } = [];

    /// <summary>
    /// Ends a follow-up that collects several criteria (<c>SatisfactionKitOptions.CollectSeveralCriteria</c>):
    /// the criteria pressed so far are the answer (none: "criterion not stated"). A pad's confirm button.
    /// </summary>
    public bool Confirms { get; init; }

    /// <summary>The device pressed (a pad's serial number), for tracing.</summary>
    public string? DeviceId { get; init; }

    /// <summary>The channel: <see cref="RatingChannel.CounterPad"/> for pads, <see cref="RatingChannel.CounterScreen"/> for screens.</summary>
    public RatingChannel Channel { get; init; } = RatingChannel.CounterPad;
}
