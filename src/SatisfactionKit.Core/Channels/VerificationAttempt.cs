namespace SatisfactionKit.Channels;

/// <summary>One use of a verification code, kept for audit and counted for lockouts.</summary>
/// <param name="Id">The attempt's identifier.</param>
/// <param name="DossierCode">The dossier code given.</param>
/// <param name="ClientKey">Who tried (an IP address, a phone number).</param>
/// <param name="At">When.</param>
/// <param name="Outcome">What came of it.</param>
/// <param name="Purpose">What the code was given for: <c>rating</c> or <c>status</c>.</param>
public sealed record VerificationAttempt(Guid Id, string DossierCode, string ClientKey, DateTimeOffset At, VerificationOutcome Outcome, string Purpose);
