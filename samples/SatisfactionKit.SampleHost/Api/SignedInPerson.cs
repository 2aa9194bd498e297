using System.Security.Claims;
using SatisfactionKit.Server;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>Who is signed in (<c>GET /api/me</c>).</summary>
/// <param name="Name">The user name.</param>
/// <param name="Roles">SatisfactionKit's roles (<see cref="SatisfactionKitRoles"/>).</param>
/// <param name="Units">The unit claims.</param>
/// <param name="LimitedTo">The units every unit-naming endpoint limits them to; <see langword="null"/> for every unit.</param>
public sealed record SignedInPerson(string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Units, IReadOnlyList<string>? LimitedTo)
{
    /// <summary>The person <paramref name="user"/> stands for.</summary>
    public static SignedInPerson Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(
            user.Identity?.Name ?? "",
            [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)],
            [.. user.FindAll(SatisfactionKitClaims.Unit).Select(c => c.Value).Order(StringComparer.Ordinal)],
            SatisfactionKitClaims.UnitsOf(user) is { } units ? [.. units.Order(StringComparer.Ordinal)] : null);
    }
}
