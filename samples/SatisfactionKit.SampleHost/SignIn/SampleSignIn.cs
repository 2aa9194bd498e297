using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using SatisfactionKit.SampleHost.Data;

namespace SatisfactionKit.SampleHost.SignIn;

/// <summary>
/// The sample's sign-in: ASP.NET Core Identity on the sample's own database (<see cref="OneStopDbContext"/>), its
/// application cookie for officers and officials. Pages redirect to <c>/login.html</c>; API calls and the hub answer
/// 401 / 403, never a redirect. Counter devices keep their own scheme (<c>SatisfactionKit.Device</c>): only the
/// device policy reads it, every person's policy reads the cookie only.
/// </summary>
public static class SampleSignIn
{
    /// <summary>The sign-in page (a static page of the sample, bilingual).</summary>
    public const string LoginPage = "/login.html";

    /// <summary>Adds Identity (users, roles, claims in the sample's tables) and its cookie.</summary>
    public static IServiceCollection AddSampleSignIn(this IServiceCollection services)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<OneStopDbContext>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sk-sample";
            o.Cookie.HttpOnly = true;
            // Strict: no other site's page can send a request with the officer's cookie (the API takes JSON bodies too).
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = LoginPage;
            o.AccessDeniedPath = LoginPage;
            o.ReturnUrlParameter = "returnUrl";
            o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });
        return services;
    }

    /// <summary>Whether <paramref name="request"/> is an API or hub call (answered with a status), not a page (redirected).</summary>
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase);

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            // A problem document in both languages, as every refusal of the sample.
            return Results.Problem(
                title: status == StatusCodes.Status401Unauthorized
                    ? "Cần đăng nhập / Sign-in required"
                    : "Tài khoản không có quyền này / This account may not do this",
                detail: status == StatusCodes.Status401Unauthorized ? LoginPage : null,
                statusCode: status,
                extensions: new Dictionary<string, object?> { ["code"] = status == StatusCodes.Status401Unauthorized ? "SAMPLE_SIGN_IN_REQUIRED" : "SAMPLE_ROLE_FORBIDDEN" })
                .ExecuteAsync(context.HttpContext);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
