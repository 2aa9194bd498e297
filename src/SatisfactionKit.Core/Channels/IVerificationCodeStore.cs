namespace SatisfactionKit.Channels;

/// <summary>
/// Where verification code hashes and verification attempts are kept. Implemented by
/// <c>SatisfactionKit.EfCore</c>; vendors may supply their own.
/// </summary>
/// <remarks>Resolved by singletons: an implementation must be safe to share across threads.</remarks>
public interface IVerificationCodeStore
{
    /// <summary>Stores the code hash of a dossier, replacing any earlier one (a re-printed receipt).</summary>
    ValueTask SaveCodeAsync(VerificationCodeRecord record, CancellationToken cancellationToken = default);

    /// <summary>The code hash of <paramref name="dossierCode"/>, or <see langword="null"/>.</summary>
    ValueTask<VerificationCodeRecord?> FindCodeAsync(string dossierCode, CancellationToken cancellationToken = default);

    /// <summary>Appends an attempt to the audit trail. Attempts are never changed or deleted.</summary>
    ValueTask AddAttemptAsync(VerificationAttempt attempt, CancellationToken cancellationToken = default);

    /// <summary>How many attempts with <see cref="VerificationOutcome.WrongCode"/> named <paramref name="dossierCode"/> at or after <paramref name="since"/>.</summary>
    ValueTask<int> CountWrongCodesForDossierAsync(string dossierCode, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>How many attempts with <see cref="VerificationOutcome.WrongCode"/> came from <paramref name="clientKey"/> at or after <paramref name="since"/>.</summary>
    ValueTask<int> CountWrongCodesForClientAsync(string clientKey, DateTimeOffset since, CancellationToken cancellationToken = default);
}
