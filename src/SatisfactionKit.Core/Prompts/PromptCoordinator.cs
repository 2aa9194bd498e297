using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Diagnostics;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Prompts;

/// <summary>
/// The default <see cref="IPromptCoordinator"/>. Each counter — a (unit, counter id) pair — has its own gate, so
/// counters never wait on each other (two units' <c>QUAY-01</c> included), and every change of a counter's prompt
/// (open, answer, expiry, cancel) is serialised through that gate, so a press and an expiry cannot both win.
/// </summary>
internal sealed partial class PromptCoordinator : IPromptCoordinator, IDisposable
{
    private readonly PromptRatingPath _ratings;
    private readonly IRatingSchemeProvider _schemes;
    private readonly IPromptStore _store;
    private readonly IOptionsMonitor<PromptOptions> _options;
    private readonly TimeProvider _time;
    private readonly PromptMetrics _metrics;
    private readonly ILogger<PromptCoordinator> _logger;
    private readonly PromptListeners _listeners;

    public PromptCoordinator(
        PromptRatingPath ratings,
        IRatingSchemeProvider schemes,
        IPromptStore store,
        IEnumerable<IPromptListener> listeners,
        IOptionsMonitor<PromptOptions> options,
        TimeProvider timeProvider,
        SatisfactionKitMetrics metrics,
        ILogger<PromptCoordinator> logger)
    {
        _ratings = ratings;
        _schemes = schemes;
        _store = store;
        _options = options;
        _time = timeProvider;
        _metrics = new PromptMetrics(metrics);
        _logger = logger;
        _listeners = new PromptListeners(listeners, logger);
    }

    public async ValueTask<PromptStatus> OpenAsync(PromptRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        PromptRequestRules.CheckRequest(request, nameof(request));

        var options = _options.CurrentValue;
        var schemeCode = request.SchemeCode ?? options.DefaultScheme.Code;
        var scheme = await _schemes.FindAsync(schemeCode, request.SchemeCode is null ? options.DefaultScheme.Version : null, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException(Localization.Messages.Bilingual(Localization.ErrorCodes.SchemeUnknown, schemeCode, "*"), nameof(request));

        var counter = request.Counter;
        var slot = Slot(counter);
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            if (slot.Current is { } previous)
            {
                await CloseAsync(slot, previous, PromptState.Cancelled, now, note: "superseded by a new prompt at the counter", cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            var prompt = new ActivePrompt(
                Guid.CreateVersion7(now),
                request with { Dossier = request.Dossier with { CounterId = request.Dossier.CounterId ?? request.CounterId } },
                scheme,
                now,
                request.ResultReturnedAt ?? now);
            slot.Current = prompt;
            Arm(slot, prompt, options.PromptTimeout, now);
            _metrics.Opened();
            LogOpened(prompt.Id, counter.UnitCode, counter.CounterId, request.Dossier.DossierCode, scheme.Code);
            return await PublishAsync(slot, prompt.ToStatus(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    public async ValueTask<bool> CancelAsync(string counterId, CancellationToken cancellationToken)
    {
        PromptRequestRules.CheckCounter(counterId, nameof(counterId));
        return Resolve(counterId) is { } counter && await CancelAsync(counter, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> CancelAsync(CounterKey counter, CancellationToken cancellationToken)
    {
        PromptRequestRules.CheckCounter(counter, nameof(counter));
        if (!_counters.TryGetValue(counter, out var slot))
        {
            return false;
        }

        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (slot.Current is not { } prompt)
            {
                return false;
            }

            await CloseAsync(slot, prompt, PromptState.Cancelled, _time.GetUtcNow(), note: "cancelled at the counter", cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    public async ValueTask<PressResult> PressAsync(CounterPress press, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(press);
        PromptRequestRules.CheckPress(press, nameof(press));

        if ((press.Counter ?? Resolve(press.CounterId)) is not { } counter)
        {
            // Named by its id alone, and no unit ever opened a prompt at such a counter: nothing to answer.
            return await StrayAsync(null, press, StrayPressReason.NoOpenPrompt, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        var slot = Slot(counter);
        press = press with { UnitCode = counter.UnitCode };
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            if (slot.Current is not { } prompt)
            {
                var reason = slot.Last?.State == PromptState.Rated ? StrayPressReason.SecondPress : StrayPressReason.NoOpenPrompt;
                return await StrayAsync(slot, press, reason, now, cancellationToken).ConfigureAwait(false);
            }

            return prompt.State == PromptState.AwaitingAnswer
                ? await FirstAnswerAsync(slot, prompt, press, now, cancellationToken).ConfigureAwait(false)
                : await FollowUpAnswerAsync(slot, prompt, press, now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    public PromptStatus? GetStatus(string counterId) =>
        Resolve(counterId) is { } counter ? GetStatus(counter) : null;

    public PromptStatus? GetStatus(CounterKey counter) =>
        _counters.TryGetValue(counter, out var slot) ? slot.Last : null;

    public IDisposable Subscribe(IPromptListener listener) => _listeners.Subscribe(listener);

    public void Dispose()
    {
        foreach (var slot in _counters.Values)
        {
            slot.Current?.Timer?.Dispose();
            slot.Gate.Dispose();
        }
    }

    private async ValueTask<PressResult> FirstAnswerAsync(CounterSlot slot, ActivePrompt prompt, CounterPress press, DateTimeOffset now, CancellationToken ct)
    {
        var options = _options.CurrentValue;
        if (slot.LastAcceptedPressAt is { } last && now - last < options.MinimumResponseInterval)
        {
            return await StrayAsync(slot, press, StrayPressReason.TooFast, now, ct).ConfigureAwait(false);
        }

        var reading = PressReading.First(prompt.Scheme, press);
        if (reading.Stray is { } reason)
        {
            return await StrayAsync(slot, press, reason, now, ct).ConfigureAwait(false);
        }

        slot.LastAcceptedPressAt = now;
        prompt.DeviceId = press.DeviceId;
        prompt.Channel = press.Channel;
        if (!reading.AsksFollowUp)
        {
            return await CompleteAsync(slot, prompt, reading, now, ct).ConfigureAwait(false);
        }

        prompt.State = PromptState.AwaitingFollowUp;
        prompt.PendingLevel = reading.Level;
        Arm(slot, prompt, options.FollowUpTimeout, now);
        var status = await PublishAsync(slot, prompt.ToStatus(), ct).ConfigureAwait(false);
        return new PressResult(PressDisposition.FollowUpRequested, status);
    }

    private async ValueTask<PressResult> FollowUpAnswerAsync(CounterSlot slot, ActivePrompt prompt, CounterPress press, DateTimeOffset now, CancellationToken ct)
    {
        if (_options.CurrentValue.CollectSeveralCriteria && prompt.Scheme.FollowUp.Kind == FollowUpKind.DissatisfiedCriteria)
        {
            return await CollectAsync(slot, prompt, press, now, ct).ConfigureAwait(false);
        }

        var reading = PressReading.FollowUp(prompt.Scheme, prompt.PendingLevel!, press);
        return reading.Stray is { } reason
            ? await StrayAsync(slot, press, reason, now, ct).ConfigureAwait(false)
            : await CompleteAsync(slot, prompt, reading, now, ct).ConfigureAwait(false);
    }

    /// <summary>One press of a follow-up that collects criteria: a criterion is added and the step waits again; a confirm press ends it.</summary>
    private async ValueTask<PressResult> CollectAsync(CounterSlot slot, ActivePrompt prompt, CounterPress press, DateTimeOffset now, CancellationToken ct)
    {
        if (press.Confirms)
        {
            return await CompleteAsync(slot, prompt, new PressReading(null, prompt.PendingLevel, false, [.. prompt.CollectedCriteria], []), now, ct).ConfigureAwait(false);
        }

        var reading = PressReading.FollowUp(prompt.Scheme, prompt.PendingLevel!, press);
        if (reading.Stray is { } reason)
        {
            return await StrayAsync(slot, press, reason, now, ct).ConfigureAwait(false);
        }

        foreach (var criterion in reading.Criteria.Where(c => !prompt.CollectedCriteria.Contains(c, StringComparer.Ordinal)))
        {
            prompt.CollectedCriteria.Add(criterion);
        }

        // Each criterion gives the citizen the follow-up's time again to name the next or confirm.
        Arm(slot, prompt, _options.CurrentValue.FollowUpTimeout, now);
        var status = await PublishAsync(slot, prompt.ToStatus(), ct).ConfigureAwait(false);
        return new PressResult(PressDisposition.CriterionAdded, status);
    }

    /// <summary>Stores the rating the prompt's answers make and closes the prompt as rated or refused.</summary>
    private async ValueTask<PressResult> CompleteAsync(CounterSlot slot, ActivePrompt prompt, PressReading reading, DateTimeOffset now, CancellationToken ct)
    {
        var scheme = prompt.Scheme;
        var submission = prompt.ToSubmission(reading.Level!, reading.Criteria, reading.Reasons);

        // On the one-commit path the rating's store keeps the prompt's record in the rating's own transaction.
        var result = await _ratings.SubmitAsync(submission, scheme, rating => prompt.ToRecord(PromptState.Rated, now, rating.Id, note: null, incompleteLevel: null), ct).ConfigureAwait(false);

        if (result.Succeeded)
        {
            var status = await CloseAsync(slot, prompt, PromptState.Rated, now, ratingId: result.Rating!.Id, recorded: _ratings.RecordsPrompts && !result.WasDuplicate, cancellationToken: ct).ConfigureAwait(false);
            return new PressResult(PressDisposition.Rated, status, RatingId: result.Rating.Id);
        }

        var refused = await CloseAsync(slot, prompt, PromptState.Refused, now, note: string.Join("; ", result.Errors.Select(e => e.ErrorCode)), cancellationToken: ct).ConfigureAwait(false);
        return new PressResult(PressDisposition.Refused, refused);
    }

    /// <summary>Ends the prompt: stops its timer, records it, tells the listeners.</summary>
    private async ValueTask<PromptStatus> CloseAsync(
        CounterSlot slot,
        ActivePrompt prompt,
        PromptState outcome,
        DateTimeOffset now,
        Guid? ratingId = null,
        string? note = null,
        string? incompleteLevel = null,
        bool recorded = false,
        CancellationToken cancellationToken = default)
    {
        prompt.Timer?.Dispose();
        prompt.Timer = null;
        prompt.State = outcome;
        prompt.ClosedAt = now;
        slot.Current = null;

        if (!recorded)
        {
            await _store.AddPromptAsync(prompt.ToRecord(outcome, now, ratingId, note, incompleteLevel), cancellationToken).ConfigureAwait(false);
        }

        _metrics.Closed(outcome);
        LogClosed(prompt.Id, prompt.Request.Counter.UnitCode, prompt.Request.CounterId, outcome);
        return await PublishAsync(slot, prompt.ToStatus(), cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<PressResult> StrayAsync(CounterSlot? slot, CounterPress press, StrayPressReason reason, DateTimeOffset now, CancellationToken ct)
    {
        var promptId = slot?.Current?.Id ?? slot?.Last?.PromptId;
        await _store.AddStrayPressAsync(
            new StrayPress(Guid.CreateVersion7(now), press.CounterId, reason, press.LevelCode, press.DeviceId, promptId, now, press.UnitCode),
            ct).ConfigureAwait(false);
        _metrics.StrayPress(reason);
        LogStray(press.UnitCode, press.CounterId, reason, press.LevelCode);
        return new PressResult(PressDisposition.Stray, slot?.Last, reason);
    }

    private async ValueTask<PromptStatus> PublishAsync(CounterSlot slot, PromptStatus status, CancellationToken ct)
    {
        slot.Last = status;
        await _listeners.TellAsync(status, ct).ConfigureAwait(false);
        return status;
    }
}
