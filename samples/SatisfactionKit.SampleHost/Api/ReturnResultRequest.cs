namespace SatisfactionKit.SampleHost.Api;

/// <summary>The officer hands the result of <paramref name="DossierCode"/> back at a counter.</summary>
public sealed record ReturnResultRequest(string DossierCode);
