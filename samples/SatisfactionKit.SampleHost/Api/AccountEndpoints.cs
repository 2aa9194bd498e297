using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SatisfactionKit.SampleHost.SignIn;
using SatisfactionKit.Server;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// Signing in and out with the sample's Identity accounts (the cookie the pages' API calls then carry), and
/// <c>GET /api/me</c>: who is signed in, their roles and units. Signing in is anonymous and carries the citizens'
/// rate limit; five wrong passwords lock the account for 15 minutes.
/// </summary>
public static class AccountEndpoints
{
    private const int MaxLength = 256;

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/account").WithTags("Account");

        account.MapPost("/login", SignInAsync)
            .AllowAnonymous()
            .RequireRateLimiting(SatisfactionKitRateLimits.Citizen)
            .WithSummary("Signs in with a user name and password; answers who is signed in and sets the sign-in cookie.");

        account.MapPost("/logout", async (SignInManager<IdentityUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.NoContent();
        })
            .RequireAuthorization(SamplePolicies.Staff)
            .WithSummary("Signs out (removes the sign-in cookie).");

        app.MapGet("/api/me", (ClaimsPrincipal user) => Results.Ok(SignedInPerson.Of(user)))
            .WithTags("Account")
            .RequireAuthorization(SamplePolicies.Staff)
            .WithSummary("The signed-in person: name, SatisfactionKit roles, units, and the units they are limited to (null: every unit).");
        return app;
    }

    private static async Task<IResult> SignInAsync(SignInRequest body, SignInManager<IdentityUser> signIn, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.Password)
            || body.UserName.Length > MaxLength || body.Password.Length > MaxLength
            || body.UserName.Any(char.IsControl))
        {
            return Results.Problem(
                title: "Cần tên đăng nhập và mật khẩu (tối đa 256 ký tự) / A user name and a password are needed (at most 256 characters)",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["code"] = "SAMPLE_SIGN_IN_INVALID" });
        }

        var result = await signIn.PasswordSignInAsync(body.UserName.Trim(), body.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The cookie is set on this response; the principal it carries is the one the next request reads.
            var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByNameAsync(body.UserName.Trim()))!);
            return Results.Ok(SignedInPerson.Of(principal));
        }

        return result.IsLockedOut
            ? Results.Problem(
                title: "Tài khoản tạm khóa sau nhiều lần nhập sai, thử lại sau 15 phút / The account is locked after too many wrong passwords; try again in 15 minutes",
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["code"] = "SAMPLE_SIGN_IN_LOCKED_OUT" })
            : Results.Problem(
                title: "Tên đăng nhập hoặc mật khẩu không đúng / Wrong user name or password",
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["code"] = "SAMPLE_SIGN_IN_FAILED" });
    }
}
