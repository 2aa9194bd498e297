using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels;

/// <summary>Ratings by SMS reply (channel <see cref="RatingChannel.Sms"/>).</summary>
public interface ISmsRatingService
{
    /// <summary>
    /// Parses <c>DG &lt;dossier&gt; &lt;level&gt;</c>, finds the dossier in the one-stop software and submits
    /// through <see cref="IRatingService"/> under the default scheme. The level is a level code or value
    /// of that scheme. SMS has no follow-up step: on a scheme with several criteria the level answers
    /// every criterion.
    /// </summary>
    ValueTask<RatingResult> SubmitAsync(SmsReply reply, CancellationToken cancellationToken = default);
}
