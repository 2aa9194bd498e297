using FluentValidation;
using FluentValidation.Results;
using SatisfactionKit.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Diagnostics;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Ratings;

/// <summary>The default <see cref="IRatingService"/>.</summary>
internal sealed partial class RatingService : IRatingService
{
    private readonly IValidator<RatingSubmission> _validator;
    private readonly IRatingSchemeProvider _schemes;
    private readonly IRatingStore _store;
    private readonly IOptionsMonitor<RatingOptions> _options;
    private readonly TimeProvider _time;
    private readonly RatingMetrics _metrics;
    private readonly ILogger<RatingService> _logger;
    private readonly IRatingObserver[] _observers;

    public RatingService(
        IValidator<RatingSubmission> validator,
        IRatingSchemeProvider schemes,
        IRatingStore store,
        IOptionsMonitor<RatingOptions> options,
        TimeProvider timeProvider,
        SatisfactionKitMetrics metrics,
        IEnumerable<IRatingObserver> observers,
        ILogger<RatingService> logger)
    {
        _observers = [.. observers];
        _validator = validator;
        _schemes = schemes;
        _store = store;
        _options = options;
        _time = timeProvider;
        _metrics = new RatingMetrics(metrics);
        _logger = logger;
    }

    public ValueTask<RatingResult> SubmitAsync(RatingSubmission submission, CancellationToken cancellationToken = default) =>
        SubmitAsync(submission, scheme: null, write: null, cancellationToken);

    /// <summary>
    /// <see cref="SubmitAsync(RatingSubmission, CancellationToken)"/> with the scheme already known (the
    /// prompt coordinator resolved it when the prompt opened, so a press resolves no scheme), and the
    /// rating written by <paramref name="write"/> instead of <see cref="IRatingStore.AddAsync"/> (the
    /// coordinator's one-commit path stores the prompt's record in the rating's transaction).
    /// </summary>
    internal async ValueTask<RatingResult> SubmitAsync(
        RatingSubmission submission,
        RatingScheme? scheme,
        Func<Rating, CancellationToken, ValueTask<RatingStoreResult>>? write,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);

        var options = _options.CurrentValue;
        var code = submission.SchemeCode ?? options.DefaultScheme.Code;
        var version = submission.SchemeCode is null ? options.DefaultScheme.Version : submission.SchemeVersion;
        if (scheme is null || scheme.Code != code || (version is { } v && scheme.Version != v))
        {
            scheme = await _schemes.FindAsync(code, version, cancellationToken).ConfigureAwait(false);
        }

        // The validator takes the scheme resolved here instead of resolving it again.
        var context = new ValidationContext<RatingSubmission>(submission);
        if (scheme is not null)
        {
            RatingSubmissionValidator.UseScheme(context, scheme);
        }

        var validation = await _validator.ValidateAsync(context, cancellationToken).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            // A retry of something already stored is answered as stored, not refused: validating it
            // again says "already rated", which is not what the retrying client needs to hear. The
            // look-up is made only here, off the path of a first submission.
            if (submission.IdempotencyKey is { Length: > 0 } key &&
                await _store.FindByIdempotencyKeyAsync(key, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                return Replayed(submission, key, earlier);
            }

            _metrics.Refused(submission.Channel);
            if (_logger.IsEnabled(LogLevel.Information))
            {
                var errors = string.Join(" | ", validation.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode}"));
                LogRefused(submission.Dossier?.DossierCode ?? submission.SurveyId, submission.Channel, errors);
            }

            return RatingResult.Refused(validation.Errors);
        }

        // A valid submission names a scheme that exists: the validator refused it otherwise.
        var rating = Build(submission, scheme!, _time.GetUtcNow());
        var stored = write is null
            ? await _store.AddAsync(rating, cancellationToken).ConfigureAwait(false)
            : await write(rating, cancellationToken).ConfigureAwait(false);

        if (stored.DossierAlreadyRated)
        {
            // Another writer's rating of this dossier committed between the validator's look-up and
            // this insert; the database's unique slot refused ours, as the validator would have.
            _metrics.Refused(submission.Channel);
            LogRefused(rating.Dossier?.DossierCode, rating.Channel, $"Dossier.DossierCode: {ErrorCodes.AlreadyRated} (at commit)");
            return RatingResult.Refused([RatingRules.AlreadyRated(rating.Dossier?.DossierCode, rating.Channel, options.Uniqueness)]);
        }

        if (stored.WasDuplicate)
        {
            return Replayed(submission, rating.IdempotencyKey, stored.Rating);
        }

        _metrics.Stored(rating.Channel);
        LogStored(rating.Id, rating.Dossier?.DossierCode ?? rating.SurveyId, rating.Channel, rating.SchemeCode, rating.SchemeVersion);
        await NotifyAsync(stored.Rating, cancellationToken).ConfigureAwait(false);
        return RatingResult.Stored(stored.Rating, wasDuplicate: false);
    }

    /// <summary>
    /// The answer to a submission whose key is already stored: the first rating when it is a true retry,
    /// a refusal otherwise, which names the key and nothing of the stored rating.
    /// </summary>
    private RatingResult Replayed(RatingSubmission submission, string key, Rating earlier)
    {
        if (RatingReplay.IsRetryOf(submission, earlier))
        {
            LogDuplicate(key, earlier.Id);
            return RatingResult.Stored(earlier, wasDuplicate: true);
        }

        _metrics.Refused(submission.Channel);
        LogRefused(submission.Dossier?.DossierCode ?? submission.SurveyId, submission.Channel, $"IdempotencyKey: {ErrorCodes.IdempotencyKeyReused}");
        return RatingResult.Refused([new ValidationFailure(nameof(RatingSubmission.IdempotencyKey), Messages.Current(ErrorCodes.IdempotencyKeyReused, key)) { ErrorCode = ErrorCodes.IdempotencyKeyReused }]);
    }

    private async ValueTask NotifyAsync(Rating rating, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnRatingStoredAsync(rating, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The rating is stored; an observer's failure is logged, never reported as a refusal.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogObserverFailed(ex, observer.GetType().Name, rating.Id);
            }
        }
    }

    /// <summary>
    /// The rating stored for a validated submission; shared with the paper import, which stores in
    /// batches, so that a rating is made the same way on every path.
    /// </summary>
    internal static Rating Build(RatingSubmission submission, RatingScheme scheme, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SchemeCode = scheme.Code,
        SchemeVersion = scheme.Version,
        Dossier = submission.Dossier,
        SurveyId = submission.SurveyId,
        Officer = submission.Officer,
        Channel = submission.Channel,
        Answers = ToAnswers(scheme, submission.Answers),
        Conditions = [.. submission.Conditions],
        Reasons = [.. submission.Reasons],
        Comment = string.IsNullOrWhiteSpace(submission.Comment) ? null : submission.Comment.Trim(),
        ResultReturnedAt = submission.ResultReturnedAt,
        SubmittedAt = now,
        DeviceId = submission.DeviceId,
        PromptId = submission.PromptId,
        IdempotencyKey = submission.IdempotencyKey is { Length: > 0 } k ? k : Guid.CreateVersion7(now).ToString("N"),
    };

    /// <summary>The answers in the scheme's criterion order, with each level's value and satisfied flag copied in.</summary>
    private static RatingAnswer[] ToAnswers(RatingScheme scheme, IReadOnlyList<AnswerSubmission> answers) =>
        answers is [{ CriterionCode: RatingScheme.NotStatedCriterionCode } notStated]
            ? [ToAnswer(scheme, notStated)]
            : [.. scheme.Criteria.Select(c => answers.FirstOrDefault(a => a.CriterionCode == c.Code)).OfType<AnswerSubmission>().Select(a => ToAnswer(scheme, a))];

    private static RatingAnswer ToAnswer(RatingScheme scheme, AnswerSubmission answer)
    {
        var level = scheme.FindLevel(answer.LevelCode)!;
        return new RatingAnswer(answer.CriterionCode, level.Code, level.Value, level.IsSatisfied);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Rating {RatingId} stored for {Subject} via {Channel} under {SchemeCode} v{SchemeVersion}")]
    private partial void LogStored(Guid ratingId, string? subject, RatingChannel channel, string schemeCode, int schemeVersion);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Rating for {Subject} via {Channel} refused: {Errors}")]
    private partial void LogRefused(string? subject, RatingChannel channel, string errors);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Rating observer {Observer} failed for rating {RatingId}")]
    private partial void LogObserverFailed(Exception ex, string observer, Guid ratingId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "Idempotency key {IdempotencyKey} already stored as rating {RatingId}; nothing written")]
    private partial void LogDuplicate(string idempotencyKey, Guid ratingId);
}
