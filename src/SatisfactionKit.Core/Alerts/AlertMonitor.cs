using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Alerts;

/// <summary>
/// The default <see cref="IAlertMonitor"/>: a sliding window per rule and counter (or unit) over the
/// ratings as they are stored, of fixed size whatever the rating rate (<see cref="AlertWindow"/>). A rule fires once per window: after firing for a key it stays quiet
/// for that key until a whole window has passed. Windows live in memory; after a restart they
/// refill from new ratings.
/// </summary>
internal sealed partial class AlertMonitor : IAlertMonitor, IRatingObserver
{
    private readonly ConcurrentDictionary<(string Rule, string Key), AlertWindow> _windows = new();
    private readonly IAlertStore _store;
    private readonly IOptionsMonitor<AlertingOptions> _options;
    private readonly IEnumerable<IAlertSink> _sinks;
    private readonly TimeProvider _time;
    private readonly ILogger<AlertMonitor> _logger;

    public AlertMonitor(IOptionsMonitor<AlertingOptions> options, IEnumerable<IAlertSink> sinks, IEnumerable<IAlertStore> stores, TimeProvider timeProvider, ILogger<AlertMonitor> logger)
    {
        // The registered store (the database) when there is one; this process's memory otherwise.
        _store = stores.LastOrDefault() ?? new MemoryAlertStore();
        _options = options;
        _sinks = sinks;
        _time = timeProvider;
        _logger = logger;
    }

    /// <summary>The windows held, one per rule and counter (or unit) seen (for the regression test of their size).</summary>
    internal IReadOnlyCollection<AlertWindow> Windows => [.. _windows.Values];

    public ValueTask<IReadOnlyList<SatisfactionAlert>> GetOpenAlertsAsync(CancellationToken cancellationToken = default) =>
        _store.ListOpenAsync(cancellationToken);

    public ValueTask<bool> AcknowledgeAsync(Guid alertId, string acknowledgedBy, string? comment = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(acknowledgedBy);
        if (acknowledgedBy.Length > SatisfactionAlert.MaxAcknowledgedByLength)
        {
            throw new ArgumentException($"Tên người xác nhận dài quá {SatisfactionAlert.MaxAcknowledgedByLength} ký tự. / The name is over {SatisfactionAlert.MaxAcknowledgedByLength} characters.", nameof(acknowledgedBy));
        }

        if (comment is { Length: > SatisfactionAlert.MaxCommentLength })
        {
            throw new ArgumentException($"Ghi chú dài quá {SatisfactionAlert.MaxCommentLength} ký tự. / The comment is over {SatisfactionAlert.MaxCommentLength} characters.", nameof(comment));
        }

        return _store.AcknowledgeAsync(alertId, acknowledgedBy, string.IsNullOrWhiteSpace(comment) ? null : comment, _time.GetUtcNow(), cancellationToken);
    }

    public async ValueTask OnRatingStoredAsync(Rating rating, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        foreach (var rule in _options.CurrentValue.Rules)
        {
            var key = rule.Scope == AlertScope.Counter ? rating.Dossier?.CounterId : rating.Dossier?.UnitCode;
            if (key is null)
            {
                continue;
            }

            var window = _windows.GetOrAdd((rule.Code, key), static _ => new AlertWindow());
            SatisfactionAlert? alert;
            lock (window)
            {
                alert = window.Add(rule, key, rating.SubmittedAt, rating.IsSatisfied);
            }

            if (alert is null)
            {
                continue;
            }

            LogRaised(alert.RuleCode, alert.ScopeKey, alert.Dissatisfied, alert.Ratings);
            try
            {
                await _store.AddAsync(alert, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A database outage must not hide the alert from the sinks (they still tell someone).
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogStoreFailed(ex, alert.Id);
            }

            foreach (var sink in _sinks)
            {
                try
                {
                    await sink.OnAlertAsync(alert, cancellationToken).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // A broken sink (mail server down) must not affect the rating or other sinks.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogSinkFailed(ex, sink.GetType().Name, alert.Id);
                }
            }
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Alert {RuleCode} for {ScopeKey}: {Dissatisfied} of {Ratings} ratings dissatisfied")]
    private partial void LogRaised(string ruleCode, string scopeKey, int dissatisfied, int ratings);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Alert {AlertId} could not be stored; the sinks are still told")]
    private partial void LogStoreFailed(Exception ex, Guid alertId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Alert sink {Sink} failed for alert {AlertId}")]
    private partial void LogSinkFailed(Exception ex, string sink, Guid alertId);
}
