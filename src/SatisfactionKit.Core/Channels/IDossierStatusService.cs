namespace SatisfactionKit.Channels;

/// <summary>
/// Dossier status look-up for counter devices, kiosks and the online page, behind the same
/// verification code checks (and lockouts) as online rating.
/// </summary>
public interface IDossierStatusService
{
    /// <summary>The status of <paramref name="dossierCode"/> when <paramref name="verificationCode"/> is right.</summary>
    /// <param name="dossierCode">The dossier code on the receipt.</param>
    /// <param name="verificationCode">The verification code on the receipt.</param>
    /// <param name="clientKey">Who is asking (an IP address, a kiosk's identifier).</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    ValueTask<DossierStatusResult> LookUpAsync(string dossierCode, string verificationCode, string clientKey, CancellationToken cancellationToken = default);
}
