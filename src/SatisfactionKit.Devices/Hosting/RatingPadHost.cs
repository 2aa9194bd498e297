using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Devices.Transports;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Devices.Hosting;

/// <summary>
/// Finds pads through the registered transports, binds each to its counter, routes its presses to
/// the prompt coordinator and drives its outputs from the prompt state. A pad that goes away is
/// dropped and opened again by the next scan after it reappears.
/// </summary>
internal sealed partial class RatingPadHost : BackgroundService, IPromptListener
{
    private const int ReadBufferLength = 4096;

    private readonly IEnumerable<IPadTransport> _transports;
    private readonly IPromptCoordinator _coordinator;
    private readonly IOptionsMonitor<RatingPadOptions> _options;
    private readonly PadProfileCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly PadMetrics _metrics;
    private readonly ILogger<RatingPadHost> _logger;
    private readonly ConcurrentDictionary<string, ActivePad> _active = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ignored = new(StringComparer.Ordinal);
    private RatingPadOptions? _judgedWith;
    private IReadOnlyList<PadProfile>? _judgedProfiles;
    private string _judgedPresent = string.Empty;

    public RatingPadHost(
        IEnumerable<IPadTransport> transports,
        IPromptCoordinator coordinator,
        IOptionsMonitor<RatingPadOptions> options,
        PadProfileCatalog catalog,
        TimeProvider time,
        PadMetrics metrics,
        ILogger<RatingPadHost> logger)
    {
        _transports = transports;
        _coordinator = coordinator;
        // Read once here so that invalid options fail when the host is resolved, not on its first scan.
        _options = options;
        _ = options.CurrentValue;
        _catalog = catalog;
        _time = time;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>The counters of the pads connected now, by device id (for health checks and tests).</summary>
    public IReadOnlyDictionary<string, string> ConnectedPads => _active.ToDictionary(p => p.Key, p => p.Value.CounterId, StringComparer.Ordinal);

    public async ValueTask OnPromptChangedAsync(PromptStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        foreach (var pad in _active.Values.Where(p => string.Equals(p.CounterId, status.CounterId, StringComparison.Ordinal)))
        {
            await DriveOutputAsync(pad, status.State, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Subscribing rather than registering as an IPromptListener: the coordinator is a dependency of the host, so the other way round would be a cycle.
        using var subscription = _coordinator.Subscribe(this);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await ScanAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(_options.CurrentValue.ScanInterval, _time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            // Each reader is told to stop and awaited: it closes its pad, and a stop is not a disconnection.
            foreach (var pad in _active.Values)
            {
                await pad.Stop.CancelAsync().ConfigureAwait(false);
            }

            foreach (var pad in _active.Values)
            {
                await (pad.Reader ?? Task.CompletedTask).ConfigureAwait(false);
            }
        }
    }

    private async Task ScanAsync(CancellationToken cancellationToken)
    {
        var present = new List<(IPadTransport Transport, PadDeviceInfo Device)>();
        foreach (var transport in _transports)
        {
            try
            {
                present.AddRange((await transport.EnumerateAsync(cancellationToken).ConfigureAwait(false)).Select(d => (transport, d)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.EnumerationFailed(_logger, ex, transport.Name);
            }
        }

        // The same transport registered twice (or two that list the same ids) must not list a pad twice:
        // "the only pad present" would then be two.
        present = [.. present.DistinctBy(p => p.Device.DeviceId, StringComparer.Ordinal)];
        var devices = present.Select(p => p.Device).ToList();
        var options = _options.CurrentValue;
        var (profiles, profileErrors) = _catalog.Snapshot();

        // A device ignored once is judged again when what it was judged by changes: the options (a
        // configuration reload), the profiles, or the devices present ("the only pad" depends on them).
        var presentKey = string.Join('\n', devices.Select(d => d.DeviceId).Order(StringComparer.Ordinal));
        if (!ReferenceEquals(options, _judgedWith) || !ReferenceEquals(profiles, _judgedProfiles) || presentKey != _judgedPresent)
        {
            if (!ReferenceEquals(profiles, _judgedProfiles))
            {
                foreach (var error in profileErrors)
                {
                    Log.ProfilesUnreadable(_logger, error);
                }
            }

            _ignored.Clear();
            (_judgedWith, _judgedProfiles, _judgedPresent) = (options, profiles, presentKey);
        }

        foreach (var (transport, device) in present)
        {
            if (_active.ContainsKey(device.DeviceId) || _ignored.Contains(device.DeviceId))
            {
                continue;
            }

            var (binding, profile, reason) = PadMatcher.Decide(device, devices, options, profiles);
            if (binding is null || profile is null)
            {
                // One log line per device and situation, not one per scan.
                _ignored.Add(device.DeviceId);
                Log.DeviceIgnored(_logger, device.DeviceId, device.VendorId, device.ProductId, device.SerialNumber, reason ?? "no counter binding matches it");
                continue;
            }

            await ConnectAsync(transport, device, profile, binding.CounterId, options, cancellationToken).ConfigureAwait(false);
        }

        foreach (var pad in _active.Values)
        {
            LogSummary(pad, pad.Throttle.Flush());
        }
    }

    private async Task ConnectAsync(IPadTransport transport, PadDeviceInfo device, PadProfile profile, string counterId, RatingPadOptions options, CancellationToken cancellationToken)
    {
        IPadConnection connection;
        try
        {
            connection = await transport.OpenAsync(device, profile, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not added to the ignored set: a pad that is still settling is tried again next scan.
            Log.PadFailed(_logger, ex, device.DeviceId);
            return;
        }

        var throttle = new PadInputThrottle(_time, options.FloodWindow, options.MaxStrayPressesPerWindow, options.MaxLoggedInputsPerWindow);
        var pad = new ActivePad(device, profile, counterId, connection, new PadDecoder(profile), throttle, CancellationTokenSource.CreateLinkedTokenSource(cancellationToken));
        _active[device.DeviceId] = pad;
        _metrics.Connected();
        Log.PadConnected(_logger, device.DeviceId, profile.Name, counterId);
        var status = _coordinator.GetStatus(counterId);
        await DriveOutputAsync(pad, status is { IsOpen: true } ? status.State : PromptState.Cancelled, cancellationToken).ConfigureAwait(false);
        pad.Reader = Task.Run(() => ReadLoopAsync(pad), CancellationToken.None);
    }

    private async Task ReadLoopAsync(ActivePad pad)
    {
        var buffer = new byte[ReadBufferLength];
        var token = pad.Stop.Token;
        try
        {
            while (!token.IsCancellationRequested)
            {
                var length = await pad.Connection.ReadAsync(buffer, token).ConfigureAwait(false);
                var result = pad.Decoder.Decode(buffer.AsSpan(0, length));
                if (result.Outcome == DecodeOutcome.Ignored)
                {
                    pad.Throttle.Ignored();
                    _metrics.Ignored();
                    continue;
                }

                if (result.IsMalformed)
                {
                    _metrics.Rejected(result.Outcome);
                    var log = pad.Throttle.LogRejected(out var summary);
                    LogSummary(pad, summary);
                    if (log)
                    {
                        Log.InputRejected(_logger, pad.Device.DeviceId, result.Outcome, length);
                    }

                    continue;
                }

                if (result.IsPress)
                {
                    await PressAsync(pad, result.Button!, token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (PadDisconnectedException) when (token.IsCancellationRequested)
        {
            // Closed under the reader while the host stops: not a disconnection.
        }
        catch (PadDisconnectedException)
        {
            Log.PadDisconnected(_logger, pad.Device.DeviceId, pad.CounterId);
            _metrics.Disconnected();
        }
        catch (Exception ex)
        {
            Log.PadFailed(_logger, ex, pad.Device.DeviceId);
            _metrics.Disconnected();
        }

        LogSummary(pad, pad.Throttle.Flush(force: true));
        _active.TryRemove(new KeyValuePair<string, ActivePad>(pad.Device.DeviceId, pad));
        await pad.Connection.DisposeAsync().ConfigureAwait(false);
        pad.Stop.Dispose();
    }

    private async Task PressAsync(ActivePad pad, PadButton button, CancellationToken cancellationToken)
    {
        // A press while no prompt is open is a stray, which Core stores as a row: a stuck or looping pad
        // must not write thousands, so strays beyond the pad's limit are dropped here and counted.
        if (_coordinator.GetStatus(pad.CounterId) is not { IsOpen: true })
        {
            var allowed = pad.Throttle.AllowStray(out var summary);
            LogSummary(pad, summary);
            if (!allowed)
            {
                _metrics.Dropped(pad.CounterId);
                return;
            }
        }

        var press = new CounterPress
        {
            CounterId = pad.CounterId,
            LevelCode = button.LevelCode,
            CriterionCodes = button.CriterionCode is null ? [] : [button.CriterionCode],
            Confirms = button.Confirms,
            DeviceId = pad.Device.DeviceId,
        };
        _metrics.Press(pad.CounterId);
        var outcome = await _coordinator.PressAsync(press, cancellationToken).ConfigureAwait(false);
        Log.Pressed(_logger, pad.Device.DeviceId, button.LevelCode, pad.CounterId, outcome.Disposition.ToString());
    }

    private void LogSummary(ActivePad pad, PadFloodSummary? summary)
    {
        if (summary is not null)
        {
            Log.FloodSummary(_logger, pad.Device.DeviceId, pad.CounterId, summary.Window.TotalSeconds, summary.DroppedStrays, summary.Rejected, summary.UnloggedRejected, summary.Ignored);
        }
    }

    private sealed record ActivePad(PadDeviceInfo Device, PadProfile Profile, string CounterId, IPadConnection Connection, PadDecoder Decoder, PadInputThrottle Throttle, CancellationTokenSource Stop)
    {
        public Task? Reader { get; set; }
    }
}
