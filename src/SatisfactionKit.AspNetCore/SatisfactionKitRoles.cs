namespace SatisfactionKit.Server;

/// <summary>
/// The role names (<see cref="System.Security.Claims.ClaimTypes.Role"/>) the default <see cref="SatisfactionKitPolicies"/>
/// look for. A vendor either gives its users these roles (and <see cref="SatisfactionKitClaims.Unit"/> claims) or defines
/// the policies of the same names with its own claims.
/// </summary>
public static class SatisfactionKitRoles
{
    /// <summary>An officer at a unit's counters.</summary>
    public const string Officer = "satisfactionkit-officer";

    /// <summary>A unit's administrator.</summary>
    public const string UnitAdmin = "satisfactionkit-unit-admin";

    /// <summary>The province's administrator.</summary>
    public const string ProvinceAdmin = "satisfactionkit-province-admin";

    /// <summary>An auditor.</summary>
    public const string Auditor = "satisfactionkit-auditor";
}
