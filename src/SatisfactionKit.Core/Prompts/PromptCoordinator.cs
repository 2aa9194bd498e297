using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Diagnostics;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Prompts;

/// <summary>
/// The default <see cref="IPromptCoordinator"/>. Each counter has its own gate, so counters never
/// wait on each other, and every change of a counter's prompt (open, answer, expiry, cancel) is
/// serialised through that gate, so a press and an expiry cannot both win.
/// </summary>
internal sealed partial class PromptCoordinator : IPromptCoordinator, IDisposable
{
    private readonly ConcurrentDictionary<string, CounterSlot> _counters = new(StringComparer.Ordinal);
    private readonly PromptRatingPath _ratings;
    private readonly IRatingSchemeProvider _schemes;
    private readonly IPromptStore _store;
    private readonly IOptionsMonitor<PromptOptions> _options;
    private readonly TimeProvider _time;
    private readonly PromptMetrics _metrics;
    private readonly ILogger<PromptCoordinator> _logger;
    private readonly ImmutableArray<IPromptListener> _registeredListeners;
    private ImmutableArray<IPromptListener> _subscribedListeners = [];

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
        _registeredListeners = [.. listeners];
        _options = options;
        _time = timeProvider;
        _metrics = new PromptMetrics(metrics);
        _logger = logger;
    }

    public async ValueTask<PromptStatus> OpenAsync(PromptRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.CounterId, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Dossier, nameof(request));

        var options = _options.CurrentValue;
        var schemeCode = request.SchemeCode ?? options.DefaultScheme.Code;
        var scheme = await _schemes.FindAsync(schemeCode, request.SchemeCode is null ? options.DefaultScheme.Version : null, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException(Localization.Messages.Bilingual(Localization.ErrorCodes.SchemeUnknown, schemeCode, "*"), nameof(request));

        var slot = Slot(request.CounterId);
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
            LogOpened(prompt.Id, request.CounterId, request.Dossier.DossierCode, scheme.Code);
            return await PublishAsync(slot, Snapshot(prompt), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    public async ValueTask<bool> CancelAsync(string counterId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(counterId);
        var slot = Slot(counterId);
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
        ArgumentException.ThrowIfNullOrWhiteSpace(press.CounterId, nameof(press));

        var slot = Slot(press.CounterId);
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
        _counters.TryGetValue(counterId, out var slot) ? slot.Last : null;

    public IDisposable Subscribe(IPromptListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        ImmutableInterlocked.Update(ref _subscribedListeners, static (list, l) => list.Add(l), listener);
        return new Subscription(this, listener);
    }

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
        var scheme = prompt.Scheme;
        if (slot.LastAcceptedPressAt is { } last && now - last < _options.CurrentValue.MinimumResponseInterval)
        {
            return await StrayAsync(slot, press, StrayPressReason.TooFast, now, ct).ConfigureAwait(false);
        }

        if (!scheme.AcceptsSinglePress)
        {
            return await StrayAsync(slot, press, StrayPressReason.SchemeNeedsScreen, now, ct).ConfigureAwait(false);
        }

        if (press.LevelCode is null)
        {
            return await StrayAsync(slot, press, StrayPressReason.UnexpectedInput, now, ct).ConfigureAwait(false);
        }

        if (scheme.FindLevel(press.LevelCode) is not { } level ||
            !press.CriterionCodes.All(c => scheme.FindCriterion(c) is not null) ||
            !press.ReasonCodes.All(r => scheme.FollowUp.Reasons.Any(x => x.Code == r)))
        {
            return await StrayAsync(slot, press, StrayPressReason.UnknownCode, now, ct).ConfigureAwait(false);
        }

        slot.LastAcceptedPressAt = now;
        prompt.DeviceId = press.DeviceId;
        prompt.Channel = press.Channel;
        if (!scheme.FollowUp.IsTriggeredBy(level))
        {
            return await CompleteAsync(slot, prompt, level, [], [], now, ct).ConfigureAwait(false);
        }

        var kind = scheme.FollowUp.Kind;
        if (kind == FollowUpKind.DissatisfiedCriteria && press.CriterionCodes.Count > 0)
        {
            return await CompleteAsync(slot, prompt, level, press.CriterionCodes, [], now, ct).ConfigureAwait(false);
        }

        if (kind == FollowUpKind.Reasons && press.ReasonCodes.Count > 0)
        {
            return await CompleteAsync(slot, prompt, level, [], press.ReasonCodes, now, ct).ConfigureAwait(false);
        }

        prompt.State = PromptState.AwaitingFollowUp;
        prompt.PendingLevel = level;
        Arm(slot, prompt, _options.CurrentValue.FollowUpTimeout, now);
        var status = await PublishAsync(slot, Snapshot(prompt), ct).ConfigureAwait(false);
        return new PressResult(PressDisposition.FollowUpRequested, status);
    }

    private async ValueTask<PressResult> FollowUpAnswerAsync(CounterSlot slot, ActivePrompt prompt, CounterPress press, DateTimeOffset now, CancellationToken ct)
    {
        var scheme = prompt.Scheme;
        var kind = scheme.FollowUp.Kind;
        if (kind == FollowUpKind.DissatisfiedCriteria && press.CriterionCodes.Count > 0)
        {
            if (!press.CriterionCodes.All(c => scheme.FindCriterion(c) is not null))
            {
                return await StrayAsync(slot, press, StrayPressReason.UnknownCode, now, ct).ConfigureAwait(false);
            }

            return await CompleteAsync(slot, prompt, prompt.PendingLevel!, press.CriterionCodes, [], now, ct).ConfigureAwait(false);
        }

        if (kind == FollowUpKind.Reasons && press.ReasonCodes.Count > 0)
        {
            if (!press.ReasonCodes.All(r => scheme.FollowUp.Reasons.Any(x => x.Code == r)))
            {
                return await StrayAsync(slot, press, StrayPressReason.UnknownCode, now, ct).ConfigureAwait(false);
            }

            return await CompleteAsync(slot, prompt, prompt.PendingLevel!, [], press.ReasonCodes, now, ct).ConfigureAwait(false);
        }

        return await StrayAsync(slot, press, StrayPressReason.UnexpectedInput, now, ct).ConfigureAwait(false);
    }

    /// <summary>Stores the rating the prompt's answers make and closes the prompt as rated or refused.</summary>
    private async ValueTask<PressResult> CompleteAsync(
        CounterSlot slot,
        ActivePrompt prompt,
        RatingLevel level,
        IReadOnlyList<string> dissatisfiedCriteria,
        IReadOnlyList<string> reasons,
        DateTimeOffset now,
        CancellationToken ct)
    {
        var scheme = prompt.Scheme;
        var satisfied = scheme.LowestSatisfiedLevel!;
        IReadOnlyList<AnswerSubmission> answers = scheme.Criteria.Count == 1
            ? [new AnswerSubmission(scheme.Criteria[0].Code, level.Code)]
            : [.. scheme.Criteria.Select(c => new AnswerSubmission(
                c.Code,
                level.IsSatisfied || dissatisfiedCriteria.Contains(c.Code, StringComparer.Ordinal) ? level.Code : satisfied.Code))];

        var submission = new RatingSubmission
        {
            SchemeCode = scheme.Code,
            SchemeVersion = scheme.Version,
            Dossier = prompt.Request.Dossier,
            Channel = prompt.Channel,
            Answers = answers,
            Reasons = reasons,
            ResultReturnedAt = prompt.ResultReturnedAt,
            DeviceId = prompt.DeviceId,
            PromptId = prompt.Id,
            IdempotencyKey = $"prompt:{prompt.Id:N}",
        };

        // On the one-commit path the rating's store keeps the prompt's record in the rating's own transaction.
        var result = await _ratings.SubmitAsync(submission, scheme, rating => Record(prompt, PromptState.Rated, now, rating.Id, note: null, incompleteLevel: null), ct).ConfigureAwait(false);

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
            await _store.AddPromptAsync(Record(prompt, outcome, now, ratingId, note, incompleteLevel), cancellationToken).ConfigureAwait(false);
        }

        _metrics.Closed(outcome);
        LogClosed(prompt.Id, prompt.Request.CounterId, outcome);
        return await PublishAsync(slot, Snapshot(prompt), cancellationToken).ConfigureAwait(false);
    }

    private static PromptRecord Record(ActivePrompt prompt, PromptState outcome, DateTimeOffset closedAt, Guid? ratingId, string? note, string? incompleteLevel) => new()
    {
        Id = prompt.Id,
        CounterId = prompt.Request.CounterId,
        Dossier = prompt.Request.Dossier,
        SchemeCode = prompt.Scheme.Code,
        SchemeVersion = prompt.Scheme.Version,
        OpenedAt = prompt.OpenedAt,
        ClosedAt = closedAt,
        Outcome = outcome,
        RatingId = ratingId,
        IncompleteLevelCode = incompleteLevel,
        Note = note,
    };

    private async ValueTask<PressResult> StrayAsync(CounterSlot slot, CounterPress press, StrayPressReason reason, DateTimeOffset now, CancellationToken ct)
    {
        var promptId = slot.Current?.Id ?? slot.Last?.PromptId;
        await _store.AddStrayPressAsync(
            new StrayPress(Guid.CreateVersion7(now), press.CounterId, reason, press.LevelCode, press.DeviceId, promptId, now),
            ct).ConfigureAwait(false);
        _metrics.StrayPress(reason);
        LogStray(press.CounterId, reason, press.LevelCode);
        return new PressResult(PressDisposition.Stray, slot.Last, reason);
    }

    /// <summary>Starts (or restarts) the prompt's timer for its current step.</summary>
    private void Arm(CounterSlot slot, ActivePrompt prompt, TimeSpan timeout, DateTimeOffset now)
    {
        prompt.Timer?.Dispose();
        prompt.ExpiresAt = now + timeout;
        var step = ++prompt.Step;
        prompt.Timer = _time.CreateTimer(
            static state =>
            {
                var (coordinator, slot, prompt, step) = ((PromptCoordinator, CounterSlot, ActivePrompt, int))state!;
                _ = coordinator.OnTimeoutAsync(slot, prompt, step);
            },
            (this, slot, prompt, step),
            timeout,
            Timeout.InfiniteTimeSpan);
    }

    private async Task OnTimeoutAsync(CounterSlot slot, ActivePrompt prompt, int step)
    {
        try
        {
            await slot.Gate.WaitAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            // The step check makes a timer that fired just as the citizen answered harmless.
            if (!ReferenceEquals(slot.Current, prompt) || prompt.Step != step)
            {
                return;
            }

            var now = _time.GetUtcNow();
            if (prompt.State == PromptState.AwaitingFollowUp && prompt.Scheme.FollowUp.Kind == FollowUpKind.Reasons)
            {
                // Reasons are optional: the star rating itself stands without them.
                await CompleteAsync(slot, prompt, prompt.PendingLevel!, [], [], now, CancellationToken.None).ConfigureAwait(false);
                return;
            }

            await CloseAsync(slot, prompt, PromptState.Expired, now, incompleteLevel: prompt.PendingLevel?.Code, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A timer callback has no caller to throw to: the failure is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogTimeoutFailed(ex, prompt.Id, prompt.Request.CounterId);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private async ValueTask<PromptStatus> PublishAsync(CounterSlot slot, PromptStatus status, CancellationToken ct)
    {
        slot.Last = status;
        foreach (var listener in _registeredListeners.Concat(_subscribedListeners))
        {
            try
            {
                await listener.OnPromptChangedAsync(status, ct).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // One faulty listener (a pad unplugged, a closed web socket) must not break the prompt.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogListenerFailed(ex, listener.GetType().Name, status.CounterId);
            }
        }

        return status;
    }

    private static PromptStatus Snapshot(ActivePrompt p) => new(
        p.Id,
        p.Request.CounterId,
        p.Request.Dossier.DossierCode,
        p.Scheme.Code,
        p.State,
        p.State == PromptState.AwaitingFollowUp ? p.Scheme.FollowUp.Kind : FollowUpKind.None,
        p.OpenedAt,
        p.ClosedAt is null ? p.ExpiresAt : null,
        p.ClosedAt);

    private CounterSlot Slot(string counterId) => _counters.GetOrAdd(counterId, static _ => new CounterSlot());

    private void Unsubscribe(IPromptListener listener) =>
        ImmutableInterlocked.Update(ref _subscribedListeners, static (list, l) => list.Remove(l), listener);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Prompt {PromptId} opened at counter {CounterId} for dossier {DossierCode} under {SchemeCode}")]
    private partial void LogOpened(Guid promptId, string counterId, string dossierCode, string schemeCode);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Prompt {PromptId} at counter {CounterId} closed: {Outcome}")]
    private partial void LogClosed(Guid promptId, string counterId, PromptState outcome);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Press at counter {CounterId} is not a rating ({Reason}, level {LevelCode})")]
    private partial void LogStray(string counterId, StrayPressReason reason, string? levelCode);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Prompt listener {Listener} failed for counter {CounterId}")]
    private partial void LogListenerFailed(Exception ex, string listener, string counterId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Closing prompt {PromptId} at counter {CounterId} on timeout failed")]
    private partial void LogTimeoutFailed(Exception ex, Guid promptId, string counterId);

    private sealed class CounterSlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public ActivePrompt? Current { get; set; }
        public PromptStatus? Last { get; set; }
        public DateTimeOffset? LastAcceptedPressAt { get; set; }
    }

    private sealed class ActivePrompt(Guid id, PromptRequest request, RatingScheme scheme, DateTimeOffset openedAt, DateTimeOffset resultReturnedAt)
    {
        public Guid Id { get; } = id;
        public PromptRequest Request { get; } = request;
        public RatingScheme Scheme { get; } = scheme;
        public DateTimeOffset OpenedAt { get; } = openedAt;
        public DateTimeOffset ResultReturnedAt { get; } = resultReturnedAt;
        public PromptState State { get; set; } = PromptState.AwaitingAnswer;
        public RatingLevel? PendingLevel { get; set; }
        public string? DeviceId { get; set; }
        public RatingChannel Channel { get; set; } = RatingChannel.CounterPad;
        public ITimer? Timer { get; set; }
        public int Step { get; set; }
        public DateTimeOffset ExpiresAt { get; set; }
        public DateTimeOffset? ClosedAt { get; set; }
    }

    private sealed class Subscription(PromptCoordinator owner, IPromptListener listener) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(listener);
    }
}
