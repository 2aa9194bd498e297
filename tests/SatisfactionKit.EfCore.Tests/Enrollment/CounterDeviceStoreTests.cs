using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.Enrollment;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EfCore.Tests.Enrollment;

/// <summary>
/// Enrolled counter devices through the EF store, once per provider: only hashes are stored, a code redeems once
/// (also under 20 simultaneous redemptions), an expired or revoked code does not, revocation and last-seen.
/// </summary>
public abstract class CounterDeviceStoreTests : StoreFixtureTests
{
    private static readonly DateTimeOffset Now = StoreFixture.Start;
    private ICounterDeviceStore Store => Fixture.Services.GetRequiredService<ICounterDeviceStore>();

    [Fact]
    public async Task A_code_redeems_once_and_only_hashes_are_stored()
    {
        var code = await EnrollAsync("DEV-1", "UBND-Q1", "QUAY-01");
        var credential = CounterDeviceSecrets.NewCredential();

        var first = await Store.RedeemAsync(CounterDeviceSecrets.HashEnrollmentCode(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)), CounterDeviceSecrets.HashCredential(credential), Now.AddMinutes(1), Ct);
        Assert.Equal(RedemptionOutcome.Redeemed, first.Outcome);
        Assert.True(first.Device!.IsActive);

        var second = await Store.RedeemAsync(CounterDeviceSecrets.HashEnrollmentCode(code), CounterDeviceSecrets.HashCredential(CounterDeviceSecrets.NewCredential()), Now.AddMinutes(2), Ct);
        Assert.Equal(RedemptionOutcome.AlreadyUsed, second.Outcome);
        Assert.Equal("QUAY-01", (await Store.FindByCredentialAsync(CounterDeviceSecrets.HashCredential(credential), Ct))!.CounterId);

        var wrong = await Store.RedeemAsync(CounterDeviceSecrets.HashEnrollmentCode("AAAAA-BBBBB-CCCCC-DDDDD"), CounterDeviceSecrets.HashCredential(CounterDeviceSecrets.NewCredential()), Now, Ct);
        Assert.Equal(RedemptionOutcome.Unknown, wrong.Outcome);
        Assert.Null(await Store.FindByCredentialAsync(CounterDeviceSecrets.HashCredential(CounterDeviceSecrets.NewCredential()), Ct));

        await using var context = Fixture.NewContext();
        var row = await context.Set<CounterDeviceEntity>().SingleAsync(Ct);
        Assert.Equal(32, row.CredentialHash!.Length);
        Assert.Equal(CounterDeviceSecrets.HashCredential(credential), row.CredentialHash);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), System.Text.Encoding.ASCII.GetString(row.EnrollmentCodeHash), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_or_revoked_code_does_not_redeem()
    {
        var expired = await EnrollAsync("DEV-2", "UBND-Q1", "QUAY-02");
        var revoked = await EnrollAsync("DEV-3", "UBND-Q1", "QUAY-03");
        Assert.True(await Store.RevokeAsync("DEV-3", Now.AddMinutes(1), Ct));
        Assert.False(await Store.RevokeAsync("DEV-3", Now.AddMinutes(2), Ct));

        Assert.Equal(RedemptionOutcome.Expired, (await Store.RedeemAsync(CounterDeviceSecrets.HashEnrollmentCode(expired), CounterDeviceSecrets.HashCredential(CounterDeviceSecrets.NewCredential()), Now.AddMinutes(16), Ct)).Outcome);
        Assert.Equal(RedemptionOutcome.Revoked, (await Store.RedeemAsync(CounterDeviceSecrets.HashEnrollmentCode(revoked), CounterDeviceSecrets.HashCredential(CounterDeviceSecrets.NewCredential()), Now.AddMinutes(2), Ct)).Outcome);
        Assert.All(await Store.ListAsync("UBND-Q1", Ct), d => Assert.False(d.IsActive));
    }

    [Fact]
    public async Task Of_twenty_simultaneous_redemptions_of_one_code_one_wins()
    {
        var code = await EnrollAsync("DEV-4", "UBND-Q1", "QUAY-04");
        var credentials = Enumerable.Range(0, 20).Select(_ => CounterDeviceSecrets.NewCredential()).ToList();

        var outcomes = await Task.WhenAll(credentials.Select(c => Task.Run(async () =>
            (await Store.RedeemAsync(CounterDeviceSecrets.HashEnrollmentCode(code), CounterDeviceSecrets.HashCredential(c), Now.AddMinutes(1), Ct)).Outcome, Ct)));

        Assert.Equal(1, outcomes.Count(o => o == RedemptionOutcome.Redeemed));
        Assert.Equal(19, outcomes.Count(o => o == RedemptionOutcome.AlreadyUsed));
        var found = new List<CounterDevice>();
        foreach (var credential in credentials)
        {
            if (await Store.FindByCredentialAsync(CounterDeviceSecrets.HashCredential(credential), Ct) is { } device)
            {
                found.Add(device);
            }
        }

        Assert.Equal("DEV-4", Assert.Single(found).DeviceId);
    }

    [Fact]
    public async Task Last_seen_pad_state_and_lists_by_unit()
    {
        await EnrollAsync("DEV-5", "UBND-Q1", "QUAY-05");
        await EnrollAsync("DEV-6", "UBND-Q2", "QUAY-06");
        await Store.TouchAsync("DEV-5", Now.AddMinutes(3), "connected", Ct);
        await Store.TouchAsync("DEV-5", Now.AddMinutes(4), null, Ct);

        var device = Assert.Single(await Store.ListAsync("UBND-Q1", Ct));
        Assert.Equal(Now.AddMinutes(4), device.LastSeenAt);
        Assert.Equal("connected", device.PadState);
        Assert.Equal(2, (await Store.ListAsync(null, Ct)).Count);
        Assert.Equal("UBND-Q2", (await Store.FindAsync("DEV-6", Ct))!.UnitCode);
    }

    private async Task<string> EnrollAsync(string deviceId, string unit, string counter)
    {
        var code = CounterDeviceSecrets.NewEnrollmentCode();
        await Store.AddAsync(
            new CounterDevice(deviceId, unit, counter, $"Máy {counter}") { CreatedAt = Now, EnrollmentExpiresAt = Now.AddMinutes(15) },
            CounterDeviceSecrets.HashEnrollmentCode(code),
            Ct);
        return code;
    }
}

/// <summary>The device store over SQLite.</summary>
public sealed class SqliteCounterDeviceStoreTests : CounterDeviceStoreTests
{
    protected override string Provider => "sqlite";
}

/// <summary>The device store over PostgreSQL.</summary>
public sealed class PostgresCounterDeviceStoreTests : CounterDeviceStoreTests
{
    protected override string Provider => "postgres";
}
