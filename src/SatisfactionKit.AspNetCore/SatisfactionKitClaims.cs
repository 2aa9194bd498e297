using System.Security.Claims;

namespace SatisfactionKit.Server;

/// <summary>The claims SatisfactionKit reads from a person's principal (the vendor's own authentication).</summary>
public static class SatisfactionKitClaims
{
    /// <summary>A unit the person works for, one claim per unit (the same type a counter device's unit claim has).</summary>
    public const string Unit = "satisfactionkit:unit";

    /// <summary>
    /// The units <paramref name="user"/> is limited to, or <see langword="null"/> when not limited: a province administrator
    /// or an auditor, or a person with no unit claim at all (a vendor that does not scope by unit).
    /// </summary>
    public static IReadOnlySet<string>? UnitsOf(ClaimsPrincipal? user)
    {
        if (user is null || user.IsInRole(SatisfactionKitRoles.ProvinceAdmin) || user.IsInRole(SatisfactionKitRoles.Auditor))
        {
            return null;
        }

        var units = user.FindAll(Unit).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return units.Count == 0 ? null : units;
    }

    /// <summary>Whether <paramref name="user"/> may act for <paramref name="unitCode"/> (<see cref="UnitsOf"/>).</summary>
    public static bool MayActFor(ClaimsPrincipal? user, string? unitCode) =>
        UnitsOf(user) is not { } units || (unitCode is not null && units.Contains(unitCode));
}
