using System.Globalization;
using FluentValidation.Results;
using Microsoft.Extensions.Options;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Channels;

/// <summary>The default <see cref="ISmsRatingService"/>.</summary>
internal sealed class SmsRatingService(
    IDossierStatusSource source,
    IRatingService ratings,
    IOptionsMonitor<SatisfactionKitOptions> kitOptions,
    IOptionsMonitor<ChannelOptions> options) : ISmsRatingService
{
    public async ValueTask<RatingResult> SubmitAsync(SmsReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var keyword = options.CurrentValue.SmsKeyword;
        var scheme = kitOptions.CurrentValue.DefaultScheme;
        if (!SmsReplyParser.TryParse(reply.Text, keyword, out var dossierCode, out var levelText) ||
            FindLevel(scheme, levelText) is not { } level)
        {
            var levels = string.Join("/", scheme.Levels.Select(l => l.Code));
            return Refuse(ErrorCodes.SmsReplyFormat, keyword, levels);
        }

        var status = await source.FindAsync(dossierCode, cancellationToken).ConfigureAwait(false);
        if (status is null)
        {
            return Refuse(ErrorCodes.DossierUnknown, dossierCode);
        }

        // Knowing a dossier code is not enough: the reply must come from the applicant's own phone.
        var applicant = await source.FindApplicantPhoneAsync(dossierCode, cancellationToken).ConfigureAwait(false);
        if (PhoneNumbers.Normalize(applicant) is not { } expected || PhoneNumbers.Normalize(reply.PhoneNumber) != expected)
        {
            return Refuse(ErrorCodes.SmsSenderNotApplicant, dossierCode);
        }

        return await ratings.SubmitAsync(
            new RatingSubmission
            {
                SchemeCode = scheme.Code,
                SchemeVersion = scheme.Version,
                Dossier = status.Dossier,
                Channel = RatingChannel.Sms,
                Answers = [.. scheme.Criteria.Where(c => c.Requirement == CriterionRequirement.Required).Select(c => new AnswerSubmission(c.Code, level.Code))],
                ResultReturnedAt = status.ResultReturnedAt,
                IdempotencyKey = reply.MessageId is { Length: > 0 } id ? $"sms:{id}" : null,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A level by its code (folded like the text) or by its numeric value.</summary>
    private static RatingLevel? FindLevel(RatingScheme scheme, string folded) =>
        scheme.Levels.FirstOrDefault(l => string.Equals(SmsReplyParser.Fold(l.Code), folded, StringComparison.Ordinal)) ??
        (int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? scheme.Levels.FirstOrDefault(l => l.Value == value) : null);

    private static RatingResult Refuse(string code, params object?[] args) =>
        RatingResult.Refused([new ValidationFailure("Text", Messages.Current(code, args)) { ErrorCode = code }]);
}
