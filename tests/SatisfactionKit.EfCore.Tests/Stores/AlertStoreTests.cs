using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Alerts;
using SatisfactionKit.EfCore.Tests.Infrastructure;

namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>Alerts kept in the database until acknowledged, once per provider by the derived classes.</summary>
public abstract class AlertStoreTests : StoreFixtureTests
{
    private static readonly DateTimeOffset Raised = new(2026, 11, 2, 9, 15, 0, TimeSpan.FromHours(7));

    private IAlertStore Store => Fixture.Services.GetRequiredService<IAlertStore>();

    [Fact]
    public async Task Open_alerts_come_back_oldest_first_and_an_acknowledged_one_keeps_who_when_and_why()
    {
        var later = Alert("QUAY-02", Raised.AddMinutes(3));
        var first = Alert("QUAY-01", Raised);
        await Store.AddAsync(later, Ct);
        await Store.AddAsync(first, Ct);

        Assert.Equal([first, later], await Store.ListOpenAsync(Ct));

        var at = Raised.AddMinutes(20);
        Assert.True(await Store.AcknowledgeAsync(first.Id, "truong.phong", "Đã bố trí thêm cán bộ tại quầy 1", at, Ct));
        Assert.False(await Store.AcknowledgeAsync(first.Id, "pho.phong", "lần hai", at.AddMinutes(1), Ct));
        Assert.False(await Store.AcknowledgeAsync(Guid.NewGuid(), "truong.phong", null, at, Ct));

        Assert.Equal([later], await Store.ListOpenAsync(Ct));
        var acknowledged = await Store.FindAsync(first.Id, Ct);
        Assert.Equal(first with { AcknowledgedAt = at, AcknowledgedBy = "truong.phong", AcknowledgementComment = "Đã bố trí thêm cán bộ tại quầy 1" }, acknowledged);
    }

    [Fact]
    public async Task Of_many_people_acknowledging_at_once_exactly_one_wins()
    {
        var alert = Alert("QUAY-01", Raised);
        await Store.AddAsync(alert, Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Store.AcknowledgeAsync(alert.Id, $"can.bo.{i}", null, Raised.AddMinutes(i), Ct).AsTask()));

        Assert.Single(results, r => r);
        var stored = await Store.FindAsync(alert.Id, Ct);
        var winner = Array.IndexOf(results, true);
        Assert.Equal($"can.bo.{winner}", stored!.AcknowledgedBy);
    }

    private static SatisfactionAlert Alert(string counter, DateTimeOffset raisedAt) =>
        new(Guid.CreateVersion7(), "KHL_50_15P", AlertScope.Counter, counter, raisedAt.AddMinutes(-15), raisedAt, 4, 2);
}

/// <summary>Alerts over SQLite.</summary>
public sealed class SqliteAlertStoreTests : AlertStoreTests
{
    protected override string Provider => "sqlite";
}

/// <summary>Alerts over PostgreSQL.</summary>
public sealed class PostgresAlertStoreTests : AlertStoreTests
{
    protected override string Provider => "postgres";
}
