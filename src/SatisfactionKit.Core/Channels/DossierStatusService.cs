namespace SatisfactionKit.Channels;

/// <summary>The default <see cref="IDossierStatusService"/>.</summary>
internal sealed class DossierStatusService(VerificationCodeService codes) : IDossierStatusService
{
    public async ValueTask<DossierStatusResult> LookUpAsync(string dossierCode, string verificationCode, string clientKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dossierCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientKey);
        var check = await codes.CheckAsync(dossierCode, verificationCode, clientKey, "status", cancellationToken).ConfigureAwait(false);
        return check.Passed ? DossierStatusResult.Found(check.Status!) : DossierStatusResult.Refused(check.Failure!);
    }
}
