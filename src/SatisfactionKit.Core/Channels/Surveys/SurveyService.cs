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

    /// <summary>
    /// A random nonce and its keyed MAC: the service recognises its own tokens without storing them, so a
    /// made-up token is refused (not counted as a new respondent), and each answers a campaign once.
    /// </summary>
    public string IssueRespondentToken()
    {
        Span<byte> token = stackalloc byte[TokenLength];
        RandomNumberGenerator.Fill(token[..NonceLength]);
        Mac(token[..NonceLength], token[NonceLength..]);
        return Base64Url.EncodeToString(token);
    }

    private const int NonceLength = 16;
    private const int TokenLength = 32;

    private bool IsIssued(string token)
    {
        if (!Base64Url.IsValid(token, out var length) || length != TokenLength)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[TokenLength];
        Base64Url.DecodeFromChars(token, bytes);

        Span<byte> expected = stackalloc byte[TokenLength - NonceLength];
        Mac(bytes[..NonceLength], expected);
        return CryptographicOperations.FixedTimeEquals(expected, bytes[NonceLength..TokenLength]);
    }

    private void Mac(ReadOnlySpan<byte> nonce, Span<byte> destination)
    {
        Span<byte> full = stackalloc byte[32];
        HMACSHA256.HashData(Key(), [.. "sk-respondent-token-v1\n"u8, .. nonce], full);
        full[..destination.Length].CopyTo(destination);
    }

    private byte[] Key() => ChannelOptionsValidator.TryDecodeKey(options.CurrentValue.SigningKey)
        ?? throw new InvalidOperationException(Messages.Bilingual(ErrorCodes.OptionInvalid, nameof(ChannelOptions.SigningKey)));

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

        if (string.IsNullOrWhiteSpace(response.RespondentToken) || !IsIssued(response.RespondentToken))
        {
            return RatingResult.Refused([Failure(nameof(response.RespondentToken), ErrorCodes.SurveyTokenInvalid)]);
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

        // The same respondent again, with the same answers or others: once per campaign.
        return result.WasDuplicate || result.Errors.Any(e => e.ErrorCode == ErrorCodes.IdempotencyKeyReused)
            ? RatingResult.Refused([Failure(nameof(response.RespondentToken), ErrorCodes.SurveyAlreadyAnswered, campaign.Id)])
            : result;
    }

    private string HashToken(string campaignId, string token)
    {
        return Base64Url.EncodeToString(HMACSHA256.HashData(Key(), Encoding.UTF8.GetBytes($"sk-respondent-v1\n{campaignId}\n{token}")));
    }

    private static ValidationFailure Failure(string property, string code, params object?[] args) =>
        new(property, Messages.Current(code, args)) { ErrorCode = code };
}
