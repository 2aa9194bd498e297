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
internal sealed class RatingPadHost : BackgroundService, IPromptListener
{
    private const int ReadBufferLength = 4096;

    private readonly IEnumerable<IPadTransport> _transports;
    private readonly IPromptCoordinator _coordinator;
    private readonly RatingPadOptions _options;
    private readonly TimeProvider _time;
    private readonly PadMetrics _metrics;
    private readonly ILogger<RatingPadHost> _logger;
    private readonly ConcurrentDictionary<string, ActivePad> _active = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ignored = new(StringComparer.Ordinal);
    private List<PadProfile> _profiles = [];

    public RatingPadHost(
        IEnumerable<IPadTransport> transports,
        IPromptCoordinator coordinator,
        IOptions<RatingPadOptions> options,
        TimeProvider time,
        PadMetrics metrics,
        ILogger<RatingPadHost> logger)
    {
        _transports = transports;
        _coordinator = coordinator;
        _options = options.Value;
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
        _profiles = [.. _options.Profiles];
        foreach (var file in _options.ProfileFiles)
        {
            _profiles.AddRange(await PadProfileJson.LoadAsync(file, stoppingToken).ConfigureAwait(false));
        }

        if (_options.UseBuiltInProfiles)
        {
            _profiles.AddRange(BuiltInPadProfiles.All());
        }

        // Subscribing rather than registering as an IPromptListener: the coordinator is a dependency of the host, so the other way round would be a cycle.
        using var subscription = _coordinator.Subscribe(this);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await ScanAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(_options.ScanInterval, _time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var pad in _active.Values)
            {
                await pad.Stop.CancelAsync().ConfigureAwait(false);
                await pad.Connection.DisposeAsync().ConfigureAwait(false);
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

        // A node that went away may come back as another device, so it is judged again then.
        var presentIds = present.Select(p => p.Device.DeviceId).ToHashSet(StringComparer.Ordinal);
        _ignored.RemoveWhere(id => !presentIds.Contains(id));

        foreach (var (transport, device) in present)
        {
            if (_active.ContainsKey(device.DeviceId) || _ignored.Contains(device.DeviceId))
            {
                continue;
            }

            var binding = _options.Bindings.FirstOrDefault(b => b.Match?.Invoke(device) == true)
                ?? (present.Count == 1 ? _options.Bindings.FirstOrDefault(b => b.Match is null) : null);
            var profile = binding?.ProfileName is { } name
                ? _profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))
                : _profiles.FirstOrDefault(p => p.VendorId is not null && p.Matches(device));
            if (binding is null || profile is null)
            {
                // One log line per device, not one per scan.
                _ignored.Add(device.DeviceId);
                Log.DeviceIgnored(_logger, device.DeviceId, device.VendorId, device.ProductId, device.SerialNumber, binding is null ? "no counter binding matches it" : "no pad profile matches it");
                continue;
            }

            await ConnectAsync(transport, device, profile, binding.CounterId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ConnectAsync(IPadTransport transport, PadDeviceInfo device, PadProfile profile, string counterId, CancellationToken cancellationToken)
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

        var pad = new ActivePad(device, profile, counterId, connection, new PadDecoder(profile), CancellationTokenSource.CreateLinkedTokenSource(cancellationToken));
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
                if (result.IsMalformed)
                {
                    _metrics.Rejected(result.Outcome);
                    Log.InputRejected(_logger, pad.Device.DeviceId, result.Outcome, length);
                    continue;
                }

                if (!result.IsPress)
                {
                    continue;
                }

                var button = result.Button!;
                var press = new CounterPress
                {
                    CounterId = pad.CounterId,
                    LevelCode = button.LevelCode,
                    CriterionCodes = button.CriterionCode is null ? [] : [button.CriterionCode],
                    DeviceId = pad.Device.DeviceId,
                };
                _metrics.Press(pad.CounterId);
                var outcome = await _coordinator.PressAsync(press, token).ConfigureAwait(false);
                Log.Pressed(_logger, pad.Device.DeviceId, button.LevelCode, pad.CounterId, outcome.Disposition.ToString());
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return;
        }
        catch (PadDisconnectedException)
        {
            Log.PadDisconnected(_logger, pad.Device.DeviceId, pad.CounterId);
        }
        catch (Exception ex)
        {
            Log.PadFailed(_logger, ex, pad.Device.DeviceId);
        }

        _metrics.Disconnected();
        _active.TryRemove(new KeyValuePair<string, ActivePad>(pad.Device.DeviceId, pad));
        await pad.Connection.DisposeAsync().ConfigureAwait(false);
        pad.Stop.Dispose();
    }

    private async ValueTask DriveOutputAsync(ActivePad pad, PromptState state, CancellationToken cancellationToken)
    {
        var outputs = pad.Profile.Outputs;
        var template = state switch
        {
            PromptState.AwaitingAnswer or PromptState.AwaitingFollowUp => outputs.Awaiting,
            PromptState.Rated => outputs.ThankYou,
            PromptState.Refused => outputs.Error,
            _ => outputs.Idle,
        };
        if (template is null || !OutputTemplate.TryParse(template, out var report))
        {
            return;
        }

        try
        {
            await pad.Connection.WriteAsync(report, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed LED write must not lose the rating; the reader notices a real disconnection.
            Log.OutputFailed(_logger, ex, pad.Device.DeviceId);
        }
    }

    private sealed record ActivePad(PadDeviceInfo Device, PadProfile Profile, string CounterId, IPadConnection Connection, PadDecoder Decoder, CancellationTokenSource Stop)
    {
        public Task? Reader { get; set; }
    }
}
