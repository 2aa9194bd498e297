using SatisfactionKit.Ratings;

namespace SatisfactionKit.Prompts;

/// <summary>
/// What the one-stop software tells the coordinator when an officer returns a result at a counter.
/// </summary>
/// <param name="CounterId">The counter whose pad or screen should ask for the rating.</param>
/// <param name="Dossier">The dossier whose result was returned.</param>
/// <param name="ResultReturnedAt">When the result was returned; now when <see langword="null"/>.</param>
/// <param name="SchemeCode">The scheme to ask under; the configured default when <see langword="null"/>.</param>
/// <param name="CounterUnitCode">
/// The unit the counter belongs to, when it is not the dossier's (a provincial one-stop centre's counter returning a
/// department's dossier); the dossier's unit when <see langword="null"/>. The prompt's counter is
/// <see cref="Counter"/>: two units' counters with the same id are two counters.
/// </param>
public sealed record PromptRequest(
    string CounterId,
    DossierReference Dossier,
    DateTimeOffset? ResultReturnedAt = null,
    string? SchemeCode = null,
    string? CounterUnitCode = null)
{
    /// <summary>The counter the prompt opens at: (<see cref="CounterUnitCode"/> or the dossier's unit, <see cref="CounterId"/>).</summary>
    public CounterKey Counter => new(CounterUnitCode ?? Dossier?.UnitCode ?? string.Empty, CounterId);
}
