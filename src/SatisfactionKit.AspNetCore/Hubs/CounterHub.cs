using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SatisfactionKit.Enrollment;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Server.Hubs;

/// <summary>
/// The counter hub: counter agents and tablets connect to it outbound, under the
/// <see cref="SatisfactionKitPolicies.Device"/> policy, so each connection is a device of one counter of one unit (its
/// credential binds both). It joins that (unit, counter)'s group, receives <see cref="CounterHubMethods.PromptChanged"/> for that counter from whichever
/// node the prompt lives on, and sends presses that take the coordinator's own validation and storage path. Every
/// press asks <see cref="ICounterConnectionAuthenticator"/> again, so a device revoked while connected is cut off at
/// its next press.
/// </summary>
internal sealed partial class CounterHub(
    IPromptCoordinator coordinator,
    ICounterConnectionAuthenticator authenticator,
    ICounterPresence presence,
    IPressReceipts receipts,
    IServiceProvider services,
    TimeProvider time,
    ILogger<CounterHub> logger) : Hub
{
    public override async Task OnConnectedAsync()
    {
        var counter = Counter();
        await Groups.AddToGroupAsync(Context.ConnectionId, CounterHubMethods.GroupOf(counter.UnitCode, counter.CounterId), Context.ConnectionAborted).ConfigureAwait(false);
        LogConnected(counter.CounterId, counter.UnitCode, counter.DeviceId);
        await presence.SetAsync(new CounterKey(counter.UnitCode, counter.CounterId), Context.ConnectionId, PadStates.Connected, Context.ConnectionAborted).ConfigureAwait(false);
        if (coordinator.GetStatus(new CounterKey(counter.UnitCode, counter.CounterId)) is { IsOpen: true } open)
        {
            await Clients.Caller.SendAsync(CounterHubMethods.PromptChanged, open, Context.ConnectionAborted).ConfigureAwait(false);
        }

        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        var counter = CounterClaims.Find(Context.User);
        LogDisconnected(counter?.CounterId ?? "?", exception?.Message);
        if (counter is not null)
        {
            // The officer's view turns "pad offline" for an open prompt once the counter has no device left.
            await presence.RemoveAsync(new CounterKey(counter.UnitCode, counter.CounterId), Context.ConnectionId, CancellationToken.None).ConfigureAwait(false);
        }

        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    /// <summary>The error code of a press the hub refuses as malformed.</summary>
    public const string InvalidPress = "SK_PRESS_INVALID";

    /// <summary>A press on the device's pad or screen, for its own counter.</summary>
    public async Task<PadPressAck> Press(PadPress press)
    {
        ArgumentNullException.ThrowIfNull(press);
        var counter = await StillAcceptedAsync().ConfigureAwait(false);
        if (press.Channel is { } channel && channel is not (RatingChannel.CounterPad or RatingChannel.CounterScreen))
        {
            throw new HubException($"{InvalidPress}: kênh {channel} không phải bàn phím hay màn hình tại quầy. / channel {channel} is not a counter pad or screen.");
        }

        if (DevicePresses.IsInvalidKey(press.IdempotencyKey))
        {
            throw new HubException($"{InvalidPress}: idempotencyKey (1–{DevicePresses.MaxKeyLength} ký tự, không có ký tự điều khiển / 1–{DevicePresses.MaxKeyLength} characters, no control characters).");
        }

        try
        {
            return await DevicePresses.TakeAsync(coordinator, receipts, counter, press, Context.ConnectionAborted).ConfigureAwait(false);
        }
        catch (PressInProgressException)
        {
            throw new HubException(PressInProgressException.ErrorCode);
        }
        catch (ArgumentException ex)
        {
            // A code over its column's length or with a control character: nothing was recorded, and the
            // device is told what and where, as an HTTP press would be (never a bare hub error).
            throw new HubException($"{InvalidPress}: {ex.Message}");
        }
        catch (PromptRoutingException ex)
        {
            // Nothing was recorded: the device keeps the press and sends it again.
            throw new HubException(PromptRoutingException.ErrorCode, ex);
        }
    }

    /// <summary>
    /// The device says what its pad is doing (<c>connected</c>, <c>disconnected</c>, <c>none</c>; at most 32 characters),
    /// for the administrators' device list. Kept only for enrolled devices.
    /// </summary>
    public async Task PadState(string state)
    {
        if (string.IsNullOrWhiteSpace(state) || state.Length > 32 || state.Any(char.IsControl))
        {
            throw new HubException("SK_PAD_STATE_INVALID");
        }

        var counter = Counter();
        await presence.SetAsync(new CounterKey(counter.UnitCode, counter.CounterId), Context.ConnectionId, state.Trim(), Context.ConnectionAborted).ConfigureAwait(false);
        if (counter.DeviceId is { } deviceId && services.GetService<ICounterDeviceStore>() is { } store)
        {
            await store.TouchAsync(deviceId, time.GetUtcNow(), state.Trim(), Context.ConnectionAborted).ConfigureAwait(false);
        }
    }

    /// <summary>The connection's device, asked again of the authenticator: refused (and disconnected) once revoked.</summary>
    private async Task<CounterIdentity> StillAcceptedAsync()
    {
        var counter = Counter();
        if (Context.GetHttpContext() is { } http)
        {
            var again = await authenticator.AuthenticateAsync(http, Context.ConnectionAborted).ConfigureAwait(false);
            if (again.Identity is not { } identity || identity.CounterId != counter.CounterId || identity.UnitCode != counter.UnitCode)
            {
                LogCutOff(counter.CounterId, again.Failure ?? "another counter");
                Context.Abort();
                throw new HubException("SK_DEVICE_REFUSED");
            }
        }

        return counter;
    }

    private CounterIdentity Counter() =>
        CounterClaims.Find(Context.User) ?? throw new HubException("SK_DEVICE_UNKNOWN");

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Counter device connected: counter {CounterId} of unit {UnitCode}, device {DeviceId}")]
    private partial void LogConnected(string counterId, string unitCode, string? deviceId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Counter device cut off at a press: counter {CounterId} ({Reason})")]
    private partial void LogCutOff(string counterId, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Counter device disconnected: counter {CounterId} ({Reason})")]
    private partial void LogDisconnected(string counterId, string? reason);
}
