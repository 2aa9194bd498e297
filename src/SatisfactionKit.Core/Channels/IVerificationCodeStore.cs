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

    /// <summary>
    /// Reserves one check of a code against the limit named <paramref name="limitKey"/> (a dossier's
    /// lockout, a client's limit), <b>atomically</b>: the check is counted as if it were wrong and allowed
    /// only if fewer than <paramref name="maxWrong"/> are counted. Counts whose last wrong code is older
    /// than <paramref name="since"/> start again from zero. Two simultaneous calls must never both take the
    /// last place: decide it in the database (a conditional update), not by reading and then writing.
    /// </summary>
    /// <param name="limitKey">The limit's key, at most 160 characters.</param>
    /// <param name="maxWrong">How many wrong codes the limit allows in its window.</param>
    /// <param name="since">The start of the window: wrong codes before it no longer count.</param>
    /// <param name="now">The time of the check.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>Whether the check may go ahead; <see langword="false"/> when the limit is reached.</returns>
    ValueTask<bool> TryReserveCheckAsync(string limitKey, int maxWrong, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Settles a check reserved by <see cref="TryReserveCheckAsync"/>: a wrong code stays counted, at
    /// <paramref name="now"/>; a right code (or a check that could not finish) gives its place back.
    /// </summary>
    ValueTask SettleCheckAsync(string limitKey, bool wrongCode, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>How many attempts with <see cref="VerificationOutcome.WrongCode"/> named <paramref name="dossierCode"/> at or after <paramref name="since"/>.</summary>
    ValueTask<int> CountWrongCodesForDossierAsync(string dossierCode, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>How many attempts with <see cref="VerificationOutcome.WrongCode"/> came from <paramref name="clientKey"/> at or after <paramref name="since"/>.</summary>
    ValueTask<int> CountWrongCodesForClientAsync(string clientKey, DateTimeOffset since, CancellationToken cancellationToken = default);
}
