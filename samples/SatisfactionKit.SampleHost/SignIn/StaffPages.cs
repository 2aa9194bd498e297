using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using SatisfactionKit.Server.Hubs;

namespace SatisfactionKit.SampleHost.SignIn;

/// <summary>
/// The staff pages (the counter, the on-screen pad an officer opens on the counter's tablet, the dashboard) are for
/// signed-in people: anyone else is sent to the sign-in page, which brings them back. The citizens' pages
/// (<c>rate.html</c>, <c>status.html</c>), the start page and the sign-in page stay open.
/// </summary>
public static class StaffPages
{
    /// <summary>The pages that need a signed-in person.</summary>
    public static IReadOnlySet<string> Paths { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "/counter.html", "/pad.html", "/dashboard.html",
    };

    /// <summary>Challenges (redirects to <see cref="SampleSignIn.LoginPage"/>) an anonymous request for a staff page; before the static files.</summary>
    public static IApplicationBuilder UseStaffPages(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (Paths.Contains(context.Request.Path.Value ?? "") && !CounterClaims.IsPerson(context.User))
            {
                await context.ChallengeAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await next(context);
        });
}
