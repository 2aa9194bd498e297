using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FluentValidation.Results;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels;

/// <summary>The default <see cref="IOnlineRatingService"/>.</summary>
internal sealed class OnlineRatingService(VerificationCodeService codes, IRatingService ratings) : IOnlineRatingService
{
    public async ValueTask<RatingResult> SubmitAsync(OnlineRatingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var check = await codes.CheckAsync(request.DossierCode, request.VerificationCode, request.ClientKey, "rating", cancellationToken).ConfigureAwait(false);
        if (!check.Passed)
        {
            return RatingResult.Refused([check.Failure!]);
        }

        var status = check.Status!;
        if (status.ResultReturnedAt is null)
        {
            return Refuse("Dossier.DossierCode", ErrorCodes.ResultNotReturned, request.DossierCode);
        }

        // The same validation and storage path as every other channel: "already rated" is the validator's
        // (and the database's) to say, after a true retry has been answered with the first rating.
        return await ratings.SubmitAsync(
            new RatingSubmission
            {
                SchemeCode = request.SchemeCode,
                Dossier = status.Dossier,
                Channel = RatingChannel.Online,
                Answers = request.Answers,
                Conditions = request.Conditions,
                Reasons = request.Reasons,
                Comment = request.Comment,
                ResultReturnedAt = status.ResultReturnedAt,
                IdempotencyKey = ScopedKey(request.DossierCode, request.IdempotencyKey),
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The key the client chose, scoped to the online channel and the dossier its verification code
    /// opened: a client can neither reach another dossier's rating nor a key of the counter, paper or SMS
    /// channels with it. Hashed so that it fits the key column whatever the client sends.
    /// </summary>
    internal static string? ScopedKey(string dossierCode, string? clientKey)
    {
        if (string.IsNullOrEmpty(clientKey))
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{dossierCode}\n{clientKey}"));
        return "online:" + Base64Url.EncodeToString(hash);
    }

    private static RatingResult Refuse(string property, string code, params object?[] args) =>
        RatingResult.Refused([new ValidationFailure(property, Messages.Current(code, args)) { ErrorCode = code }]);
}
