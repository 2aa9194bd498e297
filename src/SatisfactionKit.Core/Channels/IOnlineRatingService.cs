using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels;

/// <summary>Rating over the Internet by dossier code and verification code (channel <see cref="RatingChannel.Online"/>).</summary>
public interface IOnlineRatingService
{
    /// <summary>
    /// Checks the verification code (with lockouts), that the result was returned, that the code has not
    /// expired and that the dossier was not rated online, then submits through <see cref="IRatingService"/>.
    /// Refusals are returned with their error codes and messages in the current UI culture.
    /// </summary>
    ValueTask<RatingResult> SubmitAsync(OnlineRatingRequest request, CancellationToken cancellationToken = default);
}
