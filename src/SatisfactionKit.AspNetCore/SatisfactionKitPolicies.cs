namespace SatisfactionKit.Server;

/// <summary>
/// The authorization policies the server's endpoints require. <c>AddServer()</c> registers a default for each
/// one the vendor has not defined: <see cref="Officer"/> and <see cref="ReportReader"/> require a signed-in user
/// of the vendor's own authentication (a counter device never satisfies them); <see cref="Device"/> requires
/// a counter device identified by <see cref="Hubs.ICounterConnectionAuthenticator"/>. Define a policy of the
/// same name (roles, units) to replace a default.
/// </summary>
public static class SatisfactionKitPolicies
{
    /// <summary>Officers at the counter: open and cancel prompts, watch a counter, print receipts.</summary>
    public const string Officer = "SatisfactionKit.Officer";

    /// <summary>Officials reading reports (indices, the national portal export).</summary>
    public const string ReportReader = "SatisfactionKit.ReportReader";

    /// <summary>Counter devices (agents, tablets): the counter hub and presses over HTTP.</summary>
    public const string Device = "SatisfactionKit.Device";

    /// <summary>The authentication scheme that identifies counter devices.</summary>
    public const string DeviceScheme = "SatisfactionKit.Device";
}
