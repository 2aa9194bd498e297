namespace SatisfactionKit.SampleHost.Api;

/// <summary>A status look-up: the two codes on the receipt.</summary>
public sealed record StatusLookUpBody(string DossierCode, string VerificationCode);
