using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels;

/// <summary>A dossier's status in the one-stop software.</summary>
/// <param name="Dossier">The dossier, with its procedure, unit, officer and counter.</param>
/// <param name="Status">The status as the one-stop software words it (for example <c>Đang xử lý</c>).</param>
/// <param name="AppointmentAt">The appointment date for the result, if set.</param>
/// <param name="IsResultReady">Whether the result is ready to be collected.</param>
/// <param name="ResultReturnedAt">When the result was returned to the citizen, or <see langword="null"/>.</param>
public sealed record DossierStatus(
    DossierReference Dossier,
    string Status,
    DateTimeOffset? AppointmentAt,
    bool IsResultReady,
    DateTimeOffset? ResultReturnedAt);
