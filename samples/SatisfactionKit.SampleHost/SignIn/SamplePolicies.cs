using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using SatisfactionKit.Server;

namespace SatisfactionKit.SampleHost.SignIn;

/// <summary>
/// How the sample maps SatisfactionKit's policies to its own sign-in (ASP.NET Core Identity's cookie), as
/// docs/security.md's "typical mapping" shows, and the two policies of its own. The policies it does not define
/// (<see cref="SatisfactionKitPolicies.ProvinceAdmin"/>, <see cref="SatisfactionKitPolicies.UnitAdmin"/>,
/// <see cref="SatisfactionKitPolicies.Auditor"/>, <see cref="SatisfactionKitPolicies.DeviceAdmin"/>,
/// <see cref="SatisfactionKitPolicies.Device"/>…) keep the server package's defaults, which read the same roles and
/// unit claims.
/// </summary>
public static class SamplePolicies
{
    /// <summary>Anyone signed in with the sample's cookie: <c>/api/me</c>, signing out.</summary>
    public const string Staff = "SampleHost.Staff";

    /// <summary>Who acknowledges alerts: a unit administrator (their units' alerts) or the province administrator. An auditor reads them only.</summary>
    public const string Supervisor = "SampleHost.Supervisor";

    /// <summary>Adds the sample's mapping; every policy here authenticates with Identity's application cookie only.</summary>
    public static AuthorizationBuilder AddSamplePolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return authorization
            // At the counter: an officer of one or more units (the unit scope of every endpoint then limits them to those).
            .AddPolicy(SatisfactionKitPolicies.Officer, p => Person(p)
                .RequireRole(SatisfactionKitRoles.Officer)
                .RequireClaim(SatisfactionKitClaims.Unit))
            // Reports: officers and unit administrators (their units' only, by the unit scope), the province administrator
            // and the auditor (every unit, the province as a whole).
            .AddPolicy(SatisfactionKitPolicies.ReportReader, p => Person(p)
                .RequireRole(SatisfactionKitRoles.Officer, SatisfactionKitRoles.UnitAdmin, SatisfactionKitRoles.ProvinceAdmin, SatisfactionKitRoles.Auditor))
            .AddPolicy(Staff, p => Person(p))
            .AddPolicy(Supervisor, p => Person(p).RequireAssertion(c =>
                c.User.IsInRole(SatisfactionKitRoles.ProvinceAdmin)
                || (c.User.IsInRole(SatisfactionKitRoles.UnitAdmin) && c.User.HasClaim(x => x.Type == SatisfactionKitClaims.Unit))));
    }

    private static AuthorizationPolicyBuilder Person(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser();
}
