namespace SatisfactionKit.Server.Endpoints;

/// <summary>The officer returns <paramref name="DossierCode"/>'s result at a counter: the counter's device asks for a rating.</summary>
/// <param name="DossierCode">The dossier whose result is handed back.</param>
/// <param name="SchemeCode">The scheme to ask under; the configured default when <see langword="null"/>.</param>
public sealed record OpenPromptBody(string? DossierCode, string? SchemeCode = null);
