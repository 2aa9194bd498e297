namespace SatisfactionKit.Channels;

/// <summary>
/// The vendor's one-stop software, asked for a dossier's status. The vendor implements it; the
/// library calls it for online rating (to learn the unit, officer and result-returned time) and
/// for status look-up.
/// </summary>
public interface IDossierStatusSource
{
    /// <summary>The status of <paramref name="dossierCode"/>, or <see langword="null"/> when the dossier is unknown.</summary>
    ValueTask<DossierStatus?> FindAsync(string dossierCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// The phone number the applicant registered with <paramref name="dossierCode"/>, or
    /// <see langword="null"/> when there is none. An SMS rating is accepted only from this number, so
    /// that knowing a dossier code is not enough to rate it. Asked only by the SMS channel; kept apart
    /// from <see cref="DossierStatus"/>, which the status look-up shows to whoever holds the code. The
    /// library keeps no copy of it. Without an implementation, SMS ratings are refused.
    /// </summary>
    ValueTask<string?> FindApplicantPhoneAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<string?>(null);

    /// <summary>
    /// How <paramref name="dossierCode"/> was handled (deadlines, steps, contacts, verified complaints), for the
    /// TT01/2018 indicators computed from dossier data; <see langword="null"/> when unknown or not kept. Without an
    /// implementation (it has a default) those indicators are typed in on the form.
    /// </summary>
    ValueTask<DossierProcessing?> FindProcessingAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<DossierProcessing?>(null);
}
