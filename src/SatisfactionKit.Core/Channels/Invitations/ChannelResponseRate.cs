using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;

namespace SatisfactionKit.Channels.Invitations;

/// <summary>
/// How many of the dossiers invited on one channel were rated on it: the response rate that decides
/// whether the e-mail and SMS channels are worth their cost.
/// </summary>
/// <param name="Channel"><see cref="RatingChannel.Sms"/> or <see cref="RatingChannel.Email"/>.</param>
/// <param name="Invited">Distinct dossiers with an invitation on this channel sent (accepted by the server) in the range.</param>
/// <param name="Failed">Distinct dossiers whose every invitation on this channel in the range failed.</param>
/// <param name="Rated">Of <paramref name="Invited"/>, the dossiers with a rating on this channel (whenever it came).</param>
public sealed record ChannelResponseRate(RatingChannel Channel, int Invited, int Failed, int Rated)
{
    /// <summary>Rated ÷ invited × 100; 0 when none were invited.</summary>
    public decimal ResponseRate => ReportMath.Percent(Rated, Invited);

    /// <summary>The 95 % Wilson interval of <see cref="ResponseRate"/>; null when none were invited.</summary>
    public ProportionInterval? ResponseRateInterval => ReportMath.Wilson(Rated, Invited);
}
