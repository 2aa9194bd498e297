using FluentValidation.Results;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels;

/// <summary>The default <see cref="IOnlineRatingService"/>.</summary>
internal sealed class OnlineRatingService(VerificationCodeService codes, IRatingService ratings, IRatingStore store) : IOnlineRatingService
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

        if (await store.ExistsForDossierAsync(request.DossierCode, RatingChannel.Online, cancellationToken).ConfigureAwait(false))
        {
            return Refuse("Dossier.DossierCode", ErrorCodes.AlreadyRated, request.DossierCode, Messages.Current(ErrorCodes.AlreadyRatedChannelSuffix, RatingChannel.Online));
        }

        // The same validation and storage path as every other channel.
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
                IdempotencyKey = request.IdempotencyKey,
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static RatingResult Refuse(string property, string code, params object?[] args) =>
        RatingResult.Refused([new ValidationFailure(property, Messages.Current(code, args)) { ErrorCode = code }]);
}
