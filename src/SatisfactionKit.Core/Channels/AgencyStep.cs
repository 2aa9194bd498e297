namespace SatisfactionKit.Channels;

/// <summary>One agency's part in handling a dossier.</summary>
/// <param name="Agency">The agency or unit.</param>
/// <param name="DueAt">Its deadline for its part.</param>
/// <param name="DoneAt">When it finished its part, or null while it has not.</param>
public sealed record AgencyStep(string Agency, DateTimeOffset DueAt, DateTimeOffset? DoneAt);
