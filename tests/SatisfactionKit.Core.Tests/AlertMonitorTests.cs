using SatisfactionKit.Testing;
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SatisfactionKit.Alerts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Core.Tests;

public sealed class AlertMonitorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static int _dossier;

    private static async Task RateAsync(CoreFixture kit, string counter, bool satisfied, string unit = "UBND-Q1")
    {
        var level = satisfied ? "HL" : "KHL";
        var code = $"HS-{Interlocked.Increment(ref _dossier):000000}";
        var result = await kit.Ratings.SubmitAsync(
            new RatingSubmission
            {
                SchemeCode = RatingSchemes.ThreeLevelCode,
                Dossier = new DossierReference(code, "1.001612", unit, "CB-001", counter),
                Channel = RatingChannel.CounterPad,
                ResultReturnedAt = kit.Time.GetUtcNow().AddMinutes(-1),
                Answers = [new(RatingSchemes.OverallCriterionCode, level)],
            },
            Ct);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    internal static (CoreFixture Kit, ConcurrentQueue<SatisfactionAlert> Sink) Create(params AlertRule[] rules)
    {
        var sink = new ConcurrentQueue<SatisfactionAlert>();
        var kit = new CoreFixture(services: s =>
        {
            s.AddSingleton<IAlertSink>(new CollectingSink(sink));
            if (rules.Length > 0)
            {
                s.Configure<AlertingOptions>(o => { o.Rules.Clear(); foreach (var r in rules) { o.Rules.Add(r); } });
            }
        });
        return (kit, sink);
    }

    [Fact]
    public async Task Half_dissatisfied_within_15_minutes_with_4_ratings_fires_once_for_that_counter()
    {
        var (kit, sink) = Create();
        await using var _ = kit;

        await RateAsync(kit, "QUAY-01", satisfied: false);
        kit.Time.Advance(TimeSpan.FromMinutes(2));
        await RateAsync(kit, "QUAY-01", satisfied: true);
        await RateAsync(kit, "QUAY-02", satisfied: false);
        kit.Time.Advance(TimeSpan.FromMinutes(2));
        await RateAsync(kit, "QUAY-01", satisfied: true);
        Assert.Empty(sink); // 1 of 3 at QUAY-01: below both the count and the share.
        await RateAsync(kit, "QUAY-01", satisfied: false);

        // 2 of 4 = 50 %: fires, and only for QUAY-01.
        var alert = Assert.Single(sink);
        Assert.Equal(("KHL_50_15P", AlertScope.Counter, "QUAY-01", 4, 2), (alert.RuleCode, alert.Scope, alert.ScopeKey, alert.Ratings, alert.Dissatisfied));
        Assert.Contains("QUAY-01", alert.ToString(), StringComparison.Ordinal);

        // Once per window: more dissatisfaction inside the same 15 minutes raises nothing new.
        await RateAsync(kit, "QUAY-01", satisfied: false);
        kit.Time.Advance(TimeSpan.FromMinutes(5));
        await RateAsync(kit, "QUAY-01", satisfied: false);
        Assert.Single(sink);

        // A window later it may fire again.
        kit.Time.Advance(TimeSpan.FromMinutes(15));
        for (var i = 0; i < 4; i++)
        {
            await RateAsync(kit, "QUAY-01", satisfied: false);
        }

        Assert.Equal(2, sink.Count);
    }

    [Fact]
    public async Task Ratings_older_than_the_window_no_longer_count()
    {
        var (kit, sink) = Create();
        await using var _ = kit;

        await RateAsync(kit, "QUAY-01", false);
        await RateAsync(kit, "QUAY-01", false);
        kit.Time.Advance(TimeSpan.FromMinutes(16));
        await RateAsync(kit, "QUAY-01", false);
        await RateAsync(kit, "QUAY-01", true);

        Assert.Empty(sink); // only 2 ratings in the last 15 minutes
    }

    [Fact]
    public async Task A_unit_rule_counts_every_counter_of_the_unit_and_alerts_can_be_acknowledged()
    {
        var (kit, sink) = Create(new AlertRule("DON_VI", AlertScope.Unit, TimeSpan.FromMinutes(30), 3, 0.6m));
        await using var _ = kit;

        await RateAsync(kit, "QUAY-01", false);
        await RateAsync(kit, "QUAY-02", false);
        await RateAsync(kit, "QUAY-03", true);

        var alert = Assert.Single(sink);
        Assert.Equal(("UBND-Q1", 3, 2), (alert.ScopeKey, alert.Ratings, alert.Dissatisfied));
        var monitor = kit.Services.GetRequiredService<IAlertMonitor>();
        Assert.Equal([alert.Id], (await monitor.GetOpenAlertsAsync(Ct)).Select(a => a.Id));
        Assert.True(await monitor.AcknowledgeAsync(alert.Id, "truong.phong", "Đã bố trí thêm cán bộ", Ct));
        Assert.False(await monitor.AcknowledgeAsync(alert.Id, "truong.phong", null, Ct));
        Assert.Empty(await monitor.GetOpenAlertsAsync(Ct));
        await Assert.ThrowsAsync<ArgumentException>(async () => await monitor.AcknowledgeAsync(alert.Id, "truong.phong", new string('x', SatisfactionAlert.MaxCommentLength + 1), Ct));
    }

    [Fact]
    public async Task A_failing_sink_does_not_refuse_the_rating()
    {
        var kit = new CoreFixture(services: s => s.AddSingleton<IAlertSink>(new FailingSink()));
        await using var _ = kit;

        for (var i = 0; i < 4; i++)
        {
            await RateAsync(kit, "QUAY-01", false);
        }

        Assert.Equal(4, kit.Stores.Ratings.Count);
        Assert.Single(await kit.Services.GetRequiredService<IAlertMonitor>().GetOpenAlertsAsync(Ct));
    }

    [Fact]
    public async Task An_invalid_rule_stops_the_host_at_start_naming_it()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var stores = new RecordingStores();
        builder.Services.AddSingleton<IRatingStore>(stores).AddSingleton<SatisfactionKit.Prompts.IPromptStore>(stores);
        builder.Services.AddSatisfactionKit().ConfigureAlerts(o => o.Rules.Add(new AlertRule("SAI", AlertScope.Unit, TimeSpan.Zero, 0, 2m)));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("AlertingOptions.Rules[1] (SAI).Window", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MinimumRatings", ex.Message, StringComparison.Ordinal);
        Assert.Contains("DissatisfiedShare", ex.Message, StringComparison.Ordinal);
    }

    private sealed class CollectingSink(ConcurrentQueue<SatisfactionAlert> sink) : IAlertSink
    {
        public ValueTask OnAlertAsync(SatisfactionAlert alert, CancellationToken cancellationToken)
        {
            sink.Enqueue(alert);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class FailingSink : IAlertSink
    {
        public ValueTask OnAlertAsync(SatisfactionAlert alert, CancellationToken cancellationToken) => throw new HttpRequestException("mail server down");
    }
}
