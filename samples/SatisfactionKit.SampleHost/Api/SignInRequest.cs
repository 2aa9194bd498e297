namespace SatisfactionKit.SampleHost.Api;

/// <summary>A sign-in request.</summary>
/// <param name="UserName">The account's name, e.g. <c>canbo.q1</c>.</param>
/// <param name="Password">Its password.</param>
public sealed record SignInRequest(string? UserName, string? Password);
