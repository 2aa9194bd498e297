using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FluentValidation.Results;
using Microsoft.Extensions.Options;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Channels.Surveys;

/// <summary>The default <see cref="ISurveyService"/>.</summary>
internal sealed class SurveyService(
    ISurveyCampaignStore campaigns,
    IRatingService ratings,
    IRatingSchemeProvider schemes,
    IOptionsMonitor<ChannelOptions> options,
    TimeProvider timeProvider) : ISurveyService
{
    public async ValueTask<IReadOnlyList<ValidationFailure>> CreateCampaignAsync(SurveyCampaign campaign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var failures = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(campaign.Id) || campaign.Id.Length > 64)
        {
            failures.Add(Failure(nameof(campaign.Id), ErrorCodes.SurveyUnknown, campaign.Id));
        }

        if (campaign.ClosesAt <= campaign.OpensAt)
        {
            failures.Add(Failure(nameof(campaign.ClosesAt), ErrorCodes.SurveyNotOpen, campaign.Id));
        }

        if (await schemes.FindAsync(campaign.SchemeCode, campaign.SchemeVersion, cancellationToken).ConfigureAwait(false) is null)
        {
            failures.Add(Failure(nameof(campaign.SchemeCode), ErrorCodes.SchemeUnknown, campaign.SchemeCode, campaign.SchemeVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*"));
        }

        if (failures.Count == 0 && !await campaigns.AddAsync(campaign, cancellationToken).ConfigureAwait(false))
        {
            failures.Add(Failure(nameof(campaign.Id), ErrorCodes.SurveyExists, campaign.Id));
        }

        return failures;
    }

    public string IssueRespondentToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public async ValueTask<RatingResult> SubmitAsync(SurveyResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var campaign = await campaigns.FindAsync(response.CampaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            return RatingResult.Refused([Failure(nameof(response.CampaignId), ErrorCodes.SurveyUnknown, response.CampaignId)]);
        }

        var now = timeProvider.GetUtcNow();
        if (now < campaign.OpensAt || now >= campaign.ClosesAt)
        {
            return RatingResult.Refused([Failure(nameof(response.CampaignId), ErrorCodes.SurveyNotOpen, campaign.Id)]);
        }

        if (string.IsNullOrWhiteSpace(response.RespondentToken))
        {
            return RatingResult.Refused([Failure(nameof(response.RespondentToken), ErrorCodes.SurveyAlreadyAnswered, campaign.Id)]);
        }

        // One response per respondent: the hashed token is the rating's idempotency key, so the rating
        // store's own uniqueness makes the check atomic, and the token itself is never stored.
        var result = await ratings.SubmitAsync(
            new RatingSubmission
            {
                SchemeCode = campaign.SchemeCode,
                SchemeVersion = campaign.SchemeVersion,
                SurveyId = campaign.Id,
                Channel = response.Channel,
                Answers = response.Answers,
                Conditions = response.Conditions,
                Reasons = response.Reasons,
                Comment = response.Comment,
                IdempotencyKey = $"survey:{campaign.Id}:{HashToken(campaign.Id, response.RespondentToken)}",
            },
            cancellationToken).ConfigureAwait(false);

        return result.WasDuplicate
            ? RatingResult.Refused([Failure(nameof(response.RespondentToken), ErrorCodes.SurveyAlreadyAnswered, campaign.Id)])
            : result;
    }

    private string HashToken(string campaignId, string token)
    {
        var key = ChannelOptionsValidator.TryDecodeKey(options.CurrentValue.SigningKey)
            ?? throw new InvalidOperationException(Messages.Bilingual(ErrorCodes.OptionInvalid, nameof(ChannelOptions.SigningKey)));
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"sk-respondent-v1\n{campaignId}\n{token}")));
    }

    private static ValidationFailure Failure(string property, string code, params object?[] args) =>
        new(property, Messages.Current(code, args)) { ErrorCode = code };
}
