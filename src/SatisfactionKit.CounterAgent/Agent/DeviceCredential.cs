namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// What enrollment gives a counter device: its credential (sent as a bearer token) and the unit and counter it is
/// bound to. Kept in <see cref="CounterAgentOptions.CredentialPath"/>.
/// </summary>
/// <param name="DeviceId">The device's id on the server (the scope of its idempotency keys).</param>
/// <param name="UnitCode">The unit the counter belongs to.</param>
/// <param name="CounterId">The counter: the agent's pads must be bound to it.</param>
/// <param name="Credential">The secret (<c>skd1_…</c>); the server keeps only its hash.</param>
/// <param name="HubPath">The counter hub's path on the server.</param>
public sealed record DeviceCredential(string DeviceId, string UnitCode, string CounterId, string Credential, string HubPath)
{
    /// <inheritdoc />
    public override string ToString() => $"device {DeviceId} of counter {CounterId} ({UnitCode})";
}
