using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// The agent's prompt coordinator, as the pads see it: the prompts are the server's (<c>PromptChanged</c> from the
/// hub), so opening and cancelling belong to the officer's side. A press is written to the outbox first, then sent;
/// when the server answers within <see cref="CounterAgentOptions.AnswerWait"/> its answer stands, otherwise the press
/// stays kept and the pad thanks the citizen from the outbox alone (the server takes the press when it is back).
/// </summary>
internal sealed partial class PromptMirror(
    PressOutbox outbox,
    PressDelivery delivery,
    TimeProvider time,
    ILogger<PromptMirror> logger) : IPromptCoordinator
{
    private readonly ConcurrentDictionary<string, PromptStatus> _statuses = new(StringComparer.Ordinal);
    private readonly Lock _apply = new();
    private ImmutableArray<IPromptListener> _listeners = [];

    /// <summary>The counter of the agent's credential, once known; presses of pads bound to another counter are logged.</summary>
    public string? CounterId { get; set; }

    public ValueTask<PromptStatus> OpenAsync(PromptRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Lời nhắc do cán bộ mở trên máy chủ, không phải trên máy tại quầy. / Prompts are opened by the officer on the server, not on the counter PC.");

    public ValueTask<bool> CancelAsync(CounterKey counter, CancellationToken cancellationToken) => CancelAsync(counter.CounterId, cancellationToken);

    public ValueTask<bool> CancelAsync(string counterId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Lời nhắc do cán bộ huỷ trên máy chủ. / Prompts are cancelled by the officer on the server.");

    // One credential serves one unit's counter, so the mirror's counters are that unit's: the unit is checked, not keyed.
    public PromptStatus? GetStatus(CounterKey counter) =>
        GetStatus(counter.CounterId) is { } status && string.Equals(status.UnitCode, counter.UnitCode, StringComparison.Ordinal) ? status : null;

    public PromptStatus? GetStatus(string counterId) => _statuses.TryGetValue(counterId, out var status) ? status : null;

    public IDisposable Subscribe(IPromptListener listener)
    {
        ImmutableInterlocked.Update(ref _listeners, static (list, l) => list.Add(l), listener);
        return new Unsubscribe(this, listener);
    }

    public async ValueTask<PressResult> PressAsync(CounterPress press, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(press);
        if (CounterId is { } mine && !string.Equals(press.CounterId, mine, StringComparison.Ordinal))
        {
            LogOtherCounter(press.CounterId, mine);
        }

        var now = time.GetUtcNow();
        var status = GetStatus(press.CounterId);
        var wire = new AgentPress(press.LevelCode, press.CriterionCodes, press.ReasonCodes, press.Channel, Guid.CreateVersion7(now).ToString("N"));

        // On disk before anything thanks the citizen: a killed agent or a power cut loses no press.
        await outbox.AddAsync(wire, now, cancellationToken).ConfigureAwait(false);
        LogKept(wire.IdempotencyKey!, press.CounterId);
        var ack = await delivery.SendNowAsync(wire.IdempotencyKey!, cancellationToken).ConfigureAwait(false);
        if (ack is not null)
        {
            if (ack.Status is { } answered)
            {
                await ApplyAsync(answered, cancellationToken).ConfigureAwait(false);
            }

            return new PressResult(ack.Disposition, ack.Status, ack.StrayReason);
        }

        if (status is { IsOpen: true } && (status.ExpiresAt is null || status.ExpiresAt > now))
        {
            // The server is away: the press is kept and will be taken when it is back; the pad says thank you now.
            var kept = status with { State = PromptState.Rated, ExpiresAt = null, ClosedAt = now };
            await ApplyAsync(kept, cancellationToken).ConfigureAwait(false);
            return new PressResult(PressDisposition.Rated, kept);
        }

        return new PressResult(PressDisposition.Stray, status, StrayPressReason.NoOpenPrompt);
    }

    /// <summary>Takes a status from the server (or closed here) and tells the pads when it is newer than the one held.</summary>
    public async ValueTask ApplyAsync(PromptStatus status, CancellationToken cancellationToken)
    {
        lock (_apply)
        {
            if (_statuses.TryGetValue(status.CounterId, out var current) && !IsNewer(status, current))
            {
                return;
            }

            _statuses[status.CounterId] = status;
        }

        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnPromptChangedAsync(status, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // One pad's failed LED write must not stop the others.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogListenerFailed(ex, status.CounterId);
            }
        }
    }

    /// <summary>Closes, as expired, prompts whose time ran out while the server could not say so (it is away).</summary>
    public async ValueTask ExpireOverdueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var status in _statuses.Values.Where(s => s.IsOpen && s.ExpiresAt < now))
        {
            await ApplyAsync(status with { State = PromptState.Expired, ExpiresAt = null, ClosedAt = now }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A later prompt, or a later step of the same one. A prompt closed here (thanked from the outbox) is not opened
    /// again by the server's older view of it (sent on reconnect before the kept press is delivered).
    /// </summary>
    private static bool IsNewer(PromptStatus candidate, PromptStatus current) =>
        candidate.PromptId != current.PromptId
            ? candidate.OpenedAt >= current.OpenedAt
            : current.ClosedAt is null || candidate.ClosedAt is not null;

    [LoggerMessage(EventId = 4311, Level = LogLevel.Debug, Message = "Press {Key} of counter {CounterId} kept in the outbox")]
    private partial void LogKept(string key, string counterId);

    [LoggerMessage(EventId = 4312, Level = LogLevel.Warning, Message = "A pad bound to counter {PadCounter} pressed, but this agent's credential is for counter {CounterId}: the server takes it as a press of {CounterId}. Bind the pad to the enrolled counter.")]
    private partial void LogOtherCounter(string padCounter, string counterId);

    [LoggerMessage(EventId = 4313, Level = LogLevel.Warning, Message = "A pad listener failed on a prompt change of counter {CounterId}")]
    private partial void LogListenerFailed(Exception ex, string counterId);

    private sealed class Unsubscribe(PromptMirror owner, IPromptListener listener) : IDisposable
    {
        public void Dispose() => ImmutableInterlocked.Update(ref owner._listeners, static (list, l) => list.Remove(l), listener);
    }
}
