using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SatisfactionKit.Diagnostics;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.CounterAgent.Outbox;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.CounterAgent.Tests.Outbox;

/// <summary>
/// A counter machine as a vendor wires it: <c>AddSatisfactionKit().AddEntityFrameworkStores&lt;T&gt;().AddRatingOutbox(…)</c>
/// over a central database, with the outbox in a temp file, the hosted forwarder started on demand,
/// and the outbox's instruments recorded.
/// </summary>
public sealed class OutboxHost : IAsyncDisposable
{
    private readonly IHostedService[] _hosted;
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, long> _totals = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _started;

    public OutboxHost(Action<DbContextOptionsBuilder> central, TimeProvider? time = null, Action<RatingOutboxOptions>? configure = null, string? outboxPath = null)
    {
        OutboxPath = outboxPath ?? Path.Combine(Path.GetTempPath(), $"satisfactionkit-outbox-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddDbContext<SatisfactionKitDbContext>(central);
        services.AddSatisfactionKit(o => o.MinimumResponseInterval = TimeSpan.Zero)
            .AddEntityFrameworkStores<SatisfactionKitDbContext>()
            .AddRatingOutbox(o =>
            {
                o.DatabasePath = OutboxPath;
                o.RetryDelay = TimeSpan.FromMilliseconds(20);
                o.MaxRetryDelay = TimeSpan.FromMilliseconds(500);
                o.PollInterval = TimeSpan.FromMilliseconds(200);
                o.CentralReadTimeout = TimeSpan.FromSeconds(2);
                configure?.Invoke(o);
            });
        services.AddHealthChecks().AddRatingOutboxHealthCheck();
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _hosted = [.. Services.GetServices<IHostedService>()];

        var meter = Services.GetRequiredService<SatisfactionKitMetrics>().Meter;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter) && instrument.Name.StartsWith("satisfactionkit.outbox.", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument.Name, value));
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Record(instrument.Name, value, gauge: true));
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument.Name, (long)value, gauge: true));
        _listener.Start();
        _ = Services.GetRequiredService<IRatingStore>(); // creates the outbox's instruments
    }

    public string OutboxPath { get; }

    public ServiceProvider Services { get; }

    public IRatingStore Store => Services.GetRequiredService<IRatingStore>();

    public IRatingService RatingService => Services.GetRequiredService<IRatingService>();

    public IRatingOutbox Outbox => Services.GetRequiredService<IRatingOutbox>();

    /// <summary>The sum of a counter, or the last value of a gauge after <see cref="RecordGauges"/>.</summary>
    public long Total(string instrument)
    {
        lock (_gate)
        {
            return _totals.GetValueOrDefault(instrument);
        }
    }

    public void RecordGauges() => _listener.RecordObservableInstruments();

    public async Task StartForwarderAsync(CancellationToken cancellationToken)
    {
        foreach (var service in _hosted)
        {
            await service.StartAsync(cancellationToken);
        }

        _started = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            foreach (var service in _hosted)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }

        _listener.Dispose();
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { OutboxPath, OutboxPath + "-wal", OutboxPath + "-shm" })
        {
            File.Delete(file);
        }
    }

    private void Record(string name, long value, bool gauge = false)
    {
        lock (_gate)
        {
            _totals[name] = gauge ? value : _totals.GetValueOrDefault(name) + value;
        }
    }
}
