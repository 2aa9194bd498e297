using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.CounterAgent.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.CounterAgent.Outbox;
using SatisfactionKit.Integrity;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.CounterAgent.Tests.Outbox;

/// <summary>
/// The outbox over a real central store (EF Core on a SQLite file). The central store "is down" the
/// honest way: its file has no tables yet, so every call fails inside EF Core and SQLite until the
/// test creates them.
/// </summary>
public sealed class OutboxRatingStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rating_is_acknowledged_while_the_central_store_fails_and_delivered_once_when_it_recovers()
    {
        await using var central = new SqliteTestDatabase();
        await using var host = new OutboxHost(o => o.UseSqlite(central.ConnectionString), configure: o => o.UnhealthyAfterFailures = 3);
        await host.StartForwarderAsync(Ct);
        var rating = Samples.Rating();

        var result = await host.Store.AddAsync(rating, Ct);

        Assert.False(result.WasDuplicate);
        Assert.Equal(RatingEncoding.Encode(rating), RatingEncoding.Encode((await host.Store.FindByIdempotencyKeyAsync(rating.IdempotencyKey, Ct))!));
        await WaitUntilAsync(async () => (await host.Outbox.GetStatusAsync(Ct)).ConsecutiveFailures >= 3);
        var failing = await CheckHealthAsync(host);
        Assert.Equal(HealthStatus.Unhealthy, failing.Status);
        Assert.Contains("failed", failing.Description, StringComparison.Ordinal);
        Assert.Contains("thất bại", failing.Description, StringComparison.Ordinal);
        Assert.Equal(1, failing.Data["pending"]);

        await CreateCentralAsync(host);
        Assert.True(await host.Outbox.WaitForDeliveryAsync(TimeSpan.FromSeconds(30), Ct));

        var status = await host.Outbox.GetStatusAsync(Ct);
        Assert.Equal(new RatingOutboxStatus(0, null, 0, null), status);
        Assert.Equal([rating.IdempotencyKey], await CentralKeysInOrderAsync(central));
        Assert.Equal(HealthStatus.Healthy, (await CheckHealthAsync(host)).Status);
        Assert.Equal(1, host.Total("satisfactionkit.outbox.enqueued"));
        Assert.Equal(1, host.Total("satisfactionkit.outbox.delivered"));
        Assert.True(host.Total("satisfactionkit.outbox.delivery.failures") >= 3);
    }

    [Fact]
    public async Task A_rating_given_again_after_delivery_is_not_stored_twice_centrally()
    {
        await using var central = new SqliteTestDatabase();
        await using var host = new OutboxHost(o => o.UseSqlite(central.ConnectionString));
        await CreateCentralAsync(host);
        await host.StartForwarderAsync(Ct);
        var rating = Samples.Rating();

        await host.Store.AddAsync(rating, Ct);
        Assert.True(await host.Outbox.WaitForDeliveryAsync(TimeSpan.FromSeconds(30), Ct));
        // The same key again (a client retrying after the outbox forgot it): written again, answered centrally as a duplicate.
        await host.Store.AddAsync(rating with { Id = Guid.CreateVersion7() }, Ct);
        Assert.True(await host.Outbox.WaitForDeliveryAsync(TimeSpan.FromSeconds(30), Ct));

        Assert.Equal([rating.IdempotencyKey], await CentralKeysInOrderAsync(central));
        Assert.Equal(rating.Id, (await host.Store.FindByIdempotencyKeyAsync(rating.IdempotencyKey, Ct))!.Id);
        Assert.Equal(2, host.Total("satisfactionkit.outbox.delivered"));
    }

    [Fact]
    public async Task A_rating_read_back_from_the_outbox_encodes_to_the_same_bytes()
    {
        await using var central = new SqliteTestDatabase();
        await using var host = new OutboxHost(o => o.UseSqlite(central.ConnectionString));
        Rating[] ratings =
        [
            Samples.Rating(),
            new()
            {
                Id = Guid.CreateVersion7(),
                SchemeCode = "SIPAS_2022",
                SchemeVersion = 3,
                SurveyId = "KS-2026-Q4",
                Channel = RatingChannel.Paper,
                Answers = [new RatingAnswer("C1", "5", 5, true)],
                SubmittedAt = new DateTimeOffset(2026, 11, 2, 1, 0, 0, 123, TimeSpan.Zero).AddTicks(4567),
                IdempotencyKey = "paper-1",
            },
            new()
            {
                Id = Guid.CreateVersion7(),
                SchemeCode = "HANOI_2014",
                SchemeVersion = 1,
                Officer = new OfficerReference("UBND-Q1", "CB-009"),
                Channel = RatingChannel.OnlineByOfficer,
                Answers = [],
                Comment = "Đ∆ ☺ \"quoted\" \\ \u0000",
                SubmittedAt = DateTimeOffset.UnixEpoch,
                IdempotencyKey = "officer-1",
            },
        ];

        foreach (var rating in ratings)
        {
            await host.Store.AddAsync(rating, Ct);
        }

        foreach (var rating in ratings)
        {
            Assert.Equal(RatingEncoding.Encode(rating), RatingEncoding.Encode((await host.Store.FindAsync(rating.Id, Ct))!));
            Assert.Equal(RatingEncoding.Encode(rating), RatingEncoding.Encode((await host.Store.FindByIdempotencyKeyAsync(rating.IdempotencyKey, Ct))!));
        }
    }

    [Fact]
    public async Task A_dossier_rated_while_the_central_store_is_down_cannot_be_rated_again()
    {
        await using var central = new SqliteTestDatabase();
        await using var host = new OutboxHost(o => o.UseSqlite(central.ConnectionString));
        var submission = new RatingSubmission
        {
            Dossier = Samples.Dossier(),
            Channel = RatingChannel.CounterPad,
            Answers = [new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", "HL"), new("THOI_GIAN_CHI_PHI", "HL")],
            ResultReturnedAt = DateTimeOffset.UtcNow.AddMinutes(-2),
            IdempotencyKey = "pad-QUAY-01-1",
        };

        var first = await host.RatingService.SubmitAsync(submission, Ct);
        var retried = await host.RatingService.SubmitAsync(submission, Ct);
        var second = await host.RatingService.SubmitAsync(submission with { IdempotencyKey = "pad-QUAY-01-2" }, Ct);

        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => e.ErrorMessage)));
        Assert.True(retried.WasDuplicate);
        Assert.False(second.Succeeded);
        Assert.Contains(second.Errors, e => e.ErrorCode == ErrorCodes.AlreadyRated);
        Assert.True(await host.Store.ExistsForDossierAsync(Samples.Dossier().DossierCode, RatingChannel.CounterPad, Ct));
        Assert.False(await host.Store.ExistsForDossierAsync(Samples.Dossier().DossierCode, RatingChannel.Online, Ct));
        Assert.True(host.Total("satisfactionkit.outbox.central_read.failures") > 0);
    }

    [Fact]
    public async Task Each_counters_ratings_reach_the_central_store_in_the_order_they_were_given()
    {
        await using var central = new SqliteTestDatabase();
        await using var host = new OutboxHost(o => o.UseSqlite(central.ConnectionString), configure: o =>
        {
            o.BatchSize = 7; // several rounds, lanes cut at arbitrary places
            o.MaxParallelCounters = 3;
        });
        var given = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < 60; i++)
        {
            var counter = $"QUAY-0{i % 3}";
            var rating = Samples.Rating($"{counter}-{i:D3}", $"000.00.17.H29-261102-{i:D4}") is var r
                ? r with { Dossier = r.Dossier! with { CounterId = counter } }
                : null!;
            await host.Store.AddAsync(rating, Ct);
            (given.TryGetValue(counter, out var list) ? list : given[counter] = []).Add(rating.IdempotencyKey);
        }

        host.RecordGauges();
        Assert.Equal(60, host.Total("satisfactionkit.outbox.pending"));
        await CreateCentralAsync(host);
        await host.StartForwarderAsync(Ct);
        Assert.True(await host.Outbox.WaitForDeliveryAsync(TimeSpan.FromSeconds(60), Ct));

        var stored = await CentralKeysInOrderAsync(central);
        Assert.Equal(60, stored.Count);
        foreach (var (counter, keys) in given)
        {
            Assert.Equal(keys, stored.Where(k => k.StartsWith(counter, StringComparison.Ordinal)));
        }

        host.RecordGauges();
        Assert.Equal(0, host.Total("satisfactionkit.outbox.pending"));
    }

    [Fact]
    public async Task A_rating_of_a_dossier_rated_meanwhile_at_the_centre_is_dropped_as_refused_and_the_counter_goes_on()
    {
        await using var central = new SqliteTestDatabase();
        await using var host = new OutboxHost(o => o.UseSqlite(central.ConnectionString));
        await CreateCentralAsync(host);
        // Another writer (a second counter, the online form) rated the dossier at the centre first.
        await host.Services.GetRequiredKeyedService<IRatingStore>("SatisfactionKit.Outbox.CentralStore").AddAsync(Samples.Rating("elsewhere"), Ct);
        await host.Store.AddAsync(Samples.Rating("QUAY-01-late"), Ct);
        await host.Store.AddAsync(Samples.Rating("QUAY-01-next", "000.00.17.H29-261102-0002"), Ct);

        await host.StartForwarderAsync(Ct);
        await WaitUntilAsync(async () => (await host.Outbox.GetStatusAsync(Ct)).Pending == 0);

        Assert.Equal(["elsewhere", "QUAY-01-next"], await CentralKeysInOrderAsync(central));
        Assert.Equal(1, host.Total("satisfactionkit.outbox.refused"));
        Assert.Equal(0, host.Total("satisfactionkit.outbox.delivery.failures"));
    }

    [Fact]
    public async Task A_rating_the_central_store_keeps_refusing_holds_back_only_its_own_counter_and_is_never_dropped()
    {
        await using var central = new SqliteTestDatabase();
        await using var host = new OutboxHost(o => o.UseSqlite(central.ConnectionString), configure: o =>
        {
            o.MaxParallelCounters = 2;
            o.UnhealthyAfterFailures = 3;
        });
        await CreateCentralAsync(host);
        var taken = Samples.Rating("QUAY-01-taken");
        await host.Services.GetRequiredKeyedService<IRatingStore>("SatisfactionKit.Outbox.CentralStore").AddAsync(taken, Ct);
        // The id of a stored rating under another key (and another dossier): the central store refuses it every time (primary key).
        await host.Store.AddAsync(Samples.Rating("QUAY-01-refused", "000.00.17.H29-261102-0003") with { Id = taken.Id }, Ct);
        await host.Store.AddAsync(Samples.Rating("QUAY-01-later", "000.00.17.H29-261102-0002"), Ct);
        var others = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var rating = Samples.Rating($"QUAY-02-{i}", $"000.00.17.H29-261102-01{i:D2}");
            await host.Store.AddAsync(rating with { Dossier = rating.Dossier! with { CounterId = "QUAY-02" } }, Ct);
            others.Add(rating.IdempotencyKey);
        }

        await host.StartForwarderAsync(Ct);
        await WaitUntilAsync(async () => (await CentralKeysInOrderAsync(central)).Count == 6 && host.Total("satisfactionkit.outbox.delivery.failures") >= 5);

        // Ratings given at the other counter meanwhile keep flowing.
        for (var i = 5; i < 8; i++)
        {
            var rating = Samples.Rating($"QUAY-02-{i}", $"000.00.17.H29-261102-01{i:D2}");
            await host.Store.AddAsync(rating with { Dossier = rating.Dossier! with { CounterId = "QUAY-02" } }, Ct);
            others.Add(rating.IdempotencyKey);
        }

        // The central commit and the outbox's removal of the delivered row are two steps: wait for both.
        await WaitUntilAsync(async () => (await CentralKeysInOrderAsync(central)).Count == 9
            && (await host.Outbox.GetStatusAsync(Ct)).Pending == 2);
        Assert.Equal(["QUAY-01-taken", .. others], await CentralKeysInOrderAsync(central));
        var status = await host.Outbox.GetStatusAsync(Ct);
        Assert.Equal(2, status.Pending); // the refused one, and the later one of its counter behind it
        Assert.True(status.ConsecutiveFailures >= 3, $"{status.ConsecutiveFailures} failures in a row");
        Assert.NotNull(status.LastError);
        var health = await CheckHealthAsync(host);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Equal(status.LastError.Split(':')[0], ((string)health.Data["last_error"]).Split(':')[0]);
        Assert.Equal("QUAY-01-refused", (await host.Store.FindByIdempotencyKeyAsync("QUAY-01-refused", Ct))!.IdempotencyKey);
    }

    [Fact]
    public async Task The_health_check_is_degraded_when_the_oldest_undelivered_rating_is_too_old()
    {
        var time = new FakeTimeProvider(StoreFixture.Start);
        await using var central = new SqliteTestDatabase();
        await using var host = new OutboxHost(o => o.UseSqlite(central.ConnectionString), time, o => o.DegradedAfter = TimeSpan.FromMinutes(10));
        await host.Store.AddAsync(Samples.Rating(), Ct);

        time.Advance(TimeSpan.FromMinutes(9));
        var young = await CheckHealthAsync(host);
        time.Advance(TimeSpan.FromMinutes(2));
        var old = await CheckHealthAsync(host);
        host.RecordGauges();

        Assert.Equal(HealthStatus.Healthy, young.Status);
        Assert.Equal(HealthStatus.Degraded, old.Status);
        Assert.Equal(660.0, old.Data["oldest_pending_age_seconds"]);
        Assert.Equal(660, host.Total("satisfactionkit.outbox.oldest_pending.age"));
        Assert.Equal(StoreFixture.Start, (await host.Outbox.GetStatusAsync(Ct)).OldestPendingSince);
    }

    [Fact]
    public async Task The_outbox_file_is_in_wal_mode()
    {
        await using var central = new SqliteTestDatabase();
        await using var host = new OutboxHost(o => o.UseSqlite(central.ConnectionString));
        await host.Store.AddAsync(Samples.Rating(), Ct);

        await using var connection = new SqliteConnection($"Data Source={host.OutboxPath};Pooling=false");
        await connection.OpenAsync(Ct);
        await using var command = new SqliteCommand("PRAGMA journal_mode", connection);
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public void An_outbox_without_a_file_is_refused_with_a_message_naming_the_option()
    {
        using var host = new ServiceCollection()
            .AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>().AddRatingOutbox(_ => { })
            .Services.AddDbContext<SatisfactionKitDbContext>(o => o.UseSqlite("Data Source=:memory:"))
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => host.GetRequiredService<IRatingStore>());
        Assert.Contains("RatingOutboxOptions.DatabasePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outbox_needs_a_central_store_registered_first()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddSatisfactionKit().AddRatingOutbox(o => o.DatabasePath = "x.db"));
        Assert.Contains("AddEntityFrameworkStores", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HealthReportEntry> CheckHealthAsync(OutboxHost host)
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Ct);
        return report.Entries["satisfactionkit-outbox"];
    }

    private static async Task CreateCentralAsync(OutboxHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>().Database.EnsureCreatedAsync(Ct);
    }

    /// <summary>The central store's keys in insertion order (SQLite's rowid).</summary>
    private static async Task<List<string>> CentralKeysInOrderAsync(SqliteTestDatabase central)
    {
        await using var connection = new SqliteConnection(central.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new SqliteCommand("""SELECT "IdempotencyKey" FROM "SK_Ratings" ORDER BY rowid""", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var keys = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
