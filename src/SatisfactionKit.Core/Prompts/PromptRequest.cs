using SatisfactionKit.Ratings;

namespace SatisfactionKit.Prompts;

/// <summary>
/// What the one-stop software tells the coordinator when an officer returns a result at a counter.
/// </summary>
/// <param name="CounterId">The counter whose pad or screen should ask for the rating.</param>
/// <param name="Dossier">The dossier whose result was returned.</param>
/// <param name="ResultReturnedAt">When the result was returned; now when <see langword="null"/>.</param>
/// <param name="SchemeCode">The scheme to ask under; the configured default when <see langword="null"/>.</param>
public sealed record PromptRequest(
    string CounterId,
    DossierReference Dossier,
    DateTimeOffset? ResultReturnedAt = null,
    string? SchemeCode = null);
