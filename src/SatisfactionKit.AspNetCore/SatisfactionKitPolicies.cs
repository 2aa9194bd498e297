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

    /// <summary>
    /// An officer of one or more units: a person with the role <see cref="SatisfactionKitRoles.Officer"/> and a
    /// <see cref="SatisfactionKitClaims.Unit"/> claim per unit. Endpoints that name a unit (a dossier's unit when a prompt
    /// is opened or a receipt printed, <c>?unit=</c> of a report) check it against those claims.
    /// </summary>
    public const string UnitOfficer = "SatisfactionKit.UnitOfficer";

    /// <summary>An administrator of one or more units (their counters and devices): role <see cref="SatisfactionKitRoles.UnitAdmin"/> and unit claims.</summary>
    public const string UnitAdmin = "SatisfactionKit.UnitAdmin";

    /// <summary>
    /// The province's administrator: role <see cref="SatisfactionKitRoles.ProvinceAdmin"/>, every unit. Required by the national
    /// portal export (<c>GET reports/portal.json</c>, every dossier of the province).
    /// </summary>
    public const string ProvinceAdmin = "SatisfactionKit.ProvinceAdmin";

    /// <summary>An auditor (inspection): role <see cref="SatisfactionKitRoles.Auditor"/>; reads every unit's reports, changes nothing.</summary>
    public const string Auditor = "SatisfactionKit.Auditor";

    /// <summary>
    /// Who enrolls, lists and revokes counter devices: by default a <see cref="UnitAdmin"/> (for their own units only)
    /// or a <see cref="ProvinceAdmin"/> (every unit).
    /// </summary>
    public const string DeviceAdmin = "SatisfactionKit.DeviceAdmin";

    /// <summary>The authentication scheme that identifies counter devices.</summary>
    public const string DeviceScheme = "SatisfactionKit.Device";
}
