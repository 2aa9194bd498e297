using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;
using SatisfactionKit.Localization;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Ratings;

/// <summary>
/// The rules every rating passes, whatever its channel: it names a dossier (whose result was
/// returned) or a topic survey; the dossier code has the configured format; every required
/// criterion is answered exactly once with a level of the scheme and no unknown criterion;
/// conditional criteria only when their condition holds; reasons only where the scheme asks;
/// the comment is not too long; and the dossier is not already rated (per channel, or at all).
/// Messages are Vietnamese by default and English under an English UI culture.
/// </summary>
/// <remarks>Validate with <c>ValidateAsync</c>: the scheme and the existing ratings are looked up.</remarks>
public sealed class RatingSubmissionValidator : AbstractValidator<RatingSubmission>
{
    private readonly IRatingSchemeProvider _schemes;
    private readonly IRatingStore _store;
    private readonly IOptionsMonitor<RatingOptions> _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the validator.</summary>
    public RatingSubmissionValidator(
        IRatingSchemeProvider schemes,
        IRatingStore store,
        IOptionsMonitor<RatingOptions> options,
        TimeProvider timeProvider)
    {
        _schemes = schemes;
        _store = store;
        _options = options;
        _time = timeProvider;

        RuleFor(r => r)
            .Must(r => r.Dossier is not null || !string.IsNullOrWhiteSpace(r.SurveyId) || r.Officer is not null)
            .WithName(nameof(RatingSubmission.Dossier))
            .WithErrorCode(ErrorCodes.DossierOrSurveyRequired)
            .WithMessage(_ => Messages.Current(ErrorCodes.DossierOrSurveyRequired));
        RuleFor(r => r)
            .Must(r => r.Dossier is null || string.IsNullOrWhiteSpace(r.SurveyId))
            .WithName(nameof(RatingSubmission.SurveyId))
            .WithErrorCode(ErrorCodes.DossierAndSurvey)
            .WithMessage(_ => Messages.Current(ErrorCodes.DossierAndSurvey));
        // A dossier-less rating of a unit's officer is its own channel, so that reports can keep it apart.
        RuleFor(r => r)
            .Must(r => (r.Officer is not null) == (r.Channel == RatingChannel.OnlineByOfficer) && (r.Officer is null || (r.Dossier is null && string.IsNullOrWhiteSpace(r.SurveyId))))
            .WithName(nameof(RatingSubmission.Officer))
            .WithErrorCode(ErrorCodes.OfficerChannel)
            .WithMessage(_ => Messages.Current(ErrorCodes.OfficerChannel));
        When(r => r.Officer is not null, () =>
        {
            RuleFor(r => r.Officer!.UnitCode).NotEmpty().MaximumLength(64);
            RuleFor(r => r.Officer!.OfficerId).NotEmpty().MaximumLength(64);
        });
        RuleFor(r => r.Channel).IsInEnum();
        RuleFor(r => r.SurveyId).MaximumLength(64);
        RuleFor(r => r.DeviceId).MaximumLength(128);
        RuleFor(r => r.IdempotencyKey).MaximumLength(128);
        RuleFor(r => r.Comment).Length(_ => 0, _ => _options.CurrentValue.MaxCommentLength);
        RuleFor(r => r.Answers).NotNull();

        When(r => r.Dossier is not null, () =>
        {
            RuleFor(r => r.Dossier!.DossierCode).NotEmpty().MaximumLength(64)
                .Must(MatchesDossierPattern)
                .WithErrorCode(ErrorCodes.DossierCodeFormat)
                .WithMessage(r => Messages.Current(ErrorCodes.DossierCodeFormat, r.Dossier!.DossierCode));
            RuleFor(r => r.Dossier!.ProcedureCode).NotEmpty().MaximumLength(64);
            RuleFor(r => r.Dossier!.UnitCode).NotEmpty().MaximumLength(64);
            RuleFor(r => r.Dossier!.OfficerId).MaximumLength(64);
            RuleFor(r => r.Dossier!.CounterId).MaximumLength(64);
            RuleFor(r => r.ResultReturnedAt)
                .NotNull()
                .WithErrorCode(ErrorCodes.ResultNotReturned)
                .WithMessage(r => Messages.Current(ErrorCodes.ResultNotReturned, r.Dossier!.DossierCode));
            RuleFor(r => r.ResultReturnedAt)
                .Must(t => t is null || t.Value <= _time.GetUtcNow() + _options.CurrentValue.ClockSkewTolerance)
                .WithErrorCode(ErrorCodes.ResultReturnedInFuture)
                .WithMessage(r => Messages.Current(ErrorCodes.ResultReturnedInFuture, r.Dossier!.DossierCode, r.ResultReturnedAt));
        });

        RuleFor(r => r).Custom(RefuseControlCharacters);
        RuleFor(r => r).CustomAsync(ValidateAnswersAsync);
        RuleFor(r => r).CustomAsync(ValidateUniquenessAsync).When(r => r.Dossier is not null && !string.IsNullOrWhiteSpace(r.Dossier.DossierCode));
    }

    // The timeout guards against a vendor pattern that backtracks badly, not against slowness: it is
    // wall-clock time, so on a loaded central server (64 counters writing at once) a thread paused for
    // 100 ms by the scheduler or a GC timed out a microsecond match and threw out of SubmitAsync.
    private bool MatchesDossierPattern(string? code) =>
        code is not null && Regex.IsMatch(code, _options.CurrentValue.DossierCodePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    /// <summary>
    /// Hands the validator the scheme the submission names, already resolved by the caller, so that
    /// validating does not resolve it again. A scheme of another code or version is ignored.
    /// </summary>
    internal static void UseScheme(ValidationContext<RatingSubmission> context, RatingScheme scheme) =>
        context.RootContextData[SchemeKey] = scheme;

    private const string SchemeKey = "SatisfactionKit.Scheme";

    private async Task ValidateAnswersAsync(RatingSubmission r, ValidationContext<RatingSubmission> context, CancellationToken ct)
    {
        var options = _options.CurrentValue;
        var code = r.SchemeCode ?? options.DefaultScheme.Code;
        var version = r.SchemeCode is null ? options.DefaultScheme.Version : r.SchemeVersion;
        var scheme = context.RootContextData.TryGetValue(SchemeKey, out var given) && given is RatingScheme known &&
            known.Code == code && (version is null || known.Version == version)
            ? known
            : await _schemes.FindAsync(code, version, ct).ConfigureAwait(false);
        if (scheme is null)
        {
            Fail(context, nameof(RatingSubmission.SchemeCode), ErrorCodes.SchemeUnknown, code, version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*");
            return;
        }

        foreach (var problem in RatingRules.CheckAnswers(scheme, r.Answers ?? [], r.Conditions ?? [], r.Reasons ?? []))
        {
            var failure = new ValidationFailure(problem.PropertyName, Messages.Current(problem.ErrorCode, problem.Arguments))
            {
                ErrorCode = problem.ErrorCode,
                AttemptedValue = problem.AttemptedValue,
            };
            context.AddFailure(failure);
        }
    }

    private async Task ValidateUniquenessAsync(RatingSubmission r, ValidationContext<RatingSubmission> context, CancellationToken ct)
    {
        var uniqueness = _options.CurrentValue.Uniqueness;
        var channel = uniqueness == RatingUniqueness.PerDossierAndChannel ? r.Channel : (RatingChannel?)null;
        if (await _store.ExistsForDossierAsync(r.Dossier!.DossierCode, channel, ct).ConfigureAwait(false))
        {
            context.AddFailure(RatingRules.AlreadyRated(r.Dossier.DossierCode, r.Channel, uniqueness));
        }
    }

    private static void RefuseControlCharacters(RatingSubmission r, ValidationContext<RatingSubmission> context)
    {
        ReadOnlySpan<(string Name, string? Value, bool LineBreaks)> fields =
        [
            ("Dossier.DossierCode", r.Dossier?.DossierCode, false),
            ("Dossier.ProcedureCode", r.Dossier?.ProcedureCode, false),
            ("Dossier.UnitCode", r.Dossier?.UnitCode, false),
            ("Dossier.OfficerId", r.Dossier?.OfficerId, false),
            ("Dossier.CounterId", r.Dossier?.CounterId, false),
            (nameof(RatingSubmission.SurveyId), r.SurveyId, false),
            ("Officer.UnitCode", r.Officer?.UnitCode, false),
            ("Officer.OfficerId", r.Officer?.OfficerId, false),
            (nameof(RatingSubmission.DeviceId), r.DeviceId, false),
            (nameof(RatingSubmission.IdempotencyKey), r.IdempotencyKey, false),
            (nameof(RatingSubmission.Comment), r.Comment, true),
        ];
        foreach (var (name, value, lineBreaks) in fields)
        {
            if (TextRules.FirstInvalidCharacter(value, lineBreaks) is var at and >= 0)
            {
                Fail(context, name, ErrorCodes.ControlCharacter, name, (int)value![at], at);
            }
        }
    }

    private static void Fail(ValidationContext<RatingSubmission> context, string property, string code, params object?[] args) =>
        context.AddFailure(new ValidationFailure(property, Messages.Current(code, args)) { ErrorCode = code });
}
