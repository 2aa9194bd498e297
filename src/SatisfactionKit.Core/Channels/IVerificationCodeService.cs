namespace SatisfactionKit.Channels;

/// <summary>Issues the verification code printed on a dossier's receipt.</summary>
public interface IVerificationCodeService
{
    /// <summary>
    /// Issues a new code for <paramref name="dossierCode"/> (replacing any earlier one) and stores
    /// only its keyed hash. The code is returned once, to be printed; it cannot be read back.
    /// </summary>
    /// <returns>10 characters of a 31-symbol alphabet (about 49 bits), grouped <c>XXXXX-XXXXX</c>.</returns>
    ValueTask<string> IssueAsync(string dossierCode, CancellationToken cancellationToken = default);
}
