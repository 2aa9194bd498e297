using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.Server;

namespace SatisfactionKit.SampleHost.SignIn;

/// <summary>
/// Writes the demo accounts into the sample's Identity tables on the first start: officers of each unit, a unit
/// administrator, the province administrator and an auditor, with SatisfactionKit's roles and unit claims. Their one
/// password is <c>SampleHost:DemoPassword</c> when set (applied again at every start, so a lost password is reset by
/// setting it), otherwise a random one printed once, on that first start, with the account names.
/// </summary>
public sealed partial class DemoAccountSeeder(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    ILogger<DemoAccountSeeder> logger)
{
    /// <summary>The setting that names the demo accounts' password.</summary>
    public const string PasswordSetting = "SampleHost:DemoPassword";

    /// <summary>The demo accounts (units from Data/DemoData.cs: UBND-Q1 Phường Phủ Lý, UBND-Q3 Xã Tiên Tân).</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("canbo.q1", SatisfactionKitRoles.Officer, "UBND-Q1"),
        new("canbo.q3", SatisfactionKitRoles.Officer, "UBND-Q3"),
        new("quantri.q1", SatisfactionKitRoles.UnitAdmin, "UBND-Q1"),
        new("quantri.tinh", SatisfactionKitRoles.ProvinceAdmin),
        new("thanhtra", SatisfactionKitRoles.Auditor),
    ];

    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Creates the roles and, on the first start, the accounts; applies a configured password to existing ones.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in new[] { SatisfactionKitRoles.Officer, SatisfactionKitRoles.UnitAdmin, SatisfactionKitRoles.ProvinceAdmin, SatisfactionKitRoles.Auditor })
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        var configured = configuration[PasswordSetting] is { Length: > 0 } setting && !string.IsNullOrWhiteSpace(setting) ? setting : null;
        var firstStart = !await users.Users.AnyAsync(cancellationToken);
        if (!firstStart && configured is null)
        {
            return;
        }

        var password = configured ?? NewPassword();
        foreach (var account in Accounts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await users.FindByNameAsync(account.UserName) is { } existing)
            {
                if (!await users.CheckPasswordAsync(existing, password))
                {
                    Check(await users.RemovePasswordAsync(existing), account.UserName);
                    Check(await users.AddPasswordAsync(existing, password), account.UserName);
                    LogPasswordReset(logger, account.UserName, PasswordSetting);
                }

                continue;
            }

            var user = new IdentityUser(account.UserName);
            Check(await users.CreateAsync(user, password), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
            if (account.Units.Length > 0)
            {
                Check(await users.AddClaimsAsync(user, [.. account.Units.Select(u => new Claim(SatisfactionKitClaims.Unit, u))]), account.UserName);
            }
        }

        if (firstStart)
        {
            var names = string.Join(", ", Accounts.Select(a => a.Units.Length > 0 ? $"{a.UserName} ({a.Role}: {string.Join(' ', a.Units)})" : $"{a.UserName} ({a.Role})"));
            if (configured is null)
            {
                // Printed this once: only its hash is stored. Lost? Set SampleHost:DemoPassword and start again.
                LogCreatedWithPassword(logger, names, password, PasswordSetting);
            }
            else
            {
                LogCreatedFromSetting(logger, names, PasswordSetting);
            }
        }
    }

    /// <summary>A random password of 4 groups of 4 letters and digits (about 92 bits), with each kind Identity requires.</summary>
    public static string NewPassword()
    {
        while (true)
        {
            var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4));
            var password = string.Join('-', groups);
            if (password.Any(char.IsLower) && password.Any(char.IsUpper) && password.Any(char.IsDigit))
            {
                return password;
            }
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            var errors = string.Join("; ", result.Errors.Select(e => e.Description));
            throw new InvalidOperationException(
                $"Không tạo được tài khoản demo '{what}' (kiểm tra {PasswordSetting}). / The demo account '{what}' could not be written (check {PasswordSetting}): {errors}");
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message =
        "Tài khoản demo / Demo accounts: {Accounts}. Mật khẩu (chỉ in lần này) / Password (printed this once): {Password}  — quên thì đặt / if lost, set {Setting}")]
    private static partial void LogCreatedWithPassword(ILogger logger, string accounts, string password, string setting);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message =
        "Tài khoản demo / Demo accounts: {Accounts}. Mật khẩu: giá trị của / Password: the value of {Setting}")]
    private static partial void LogCreatedFromSetting(ILogger logger, string accounts, string setting);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message =
        "Mật khẩu của tài khoản demo {UserName} đặt lại theo / The demo account {UserName}'s password was reset from {Setting}")]
    private static partial void LogPasswordReset(ILogger logger, string userName, string setting);
}
