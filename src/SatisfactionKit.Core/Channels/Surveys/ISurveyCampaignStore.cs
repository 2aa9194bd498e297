namespace SatisfactionKit.Channels.Surveys;

/// <summary>
/// Where survey campaigns are kept. Implemented by <c>SatisfactionKit.EfCore</c>.
/// Responses need no store of their own: they are ratings, kept once per respondent through the
/// rating store's idempotency key.
/// </summary>
public interface ISurveyCampaignStore
{
    /// <summary>Stores a new campaign; returns <see langword="false"/> when one with its id exists.</summary>
    ValueTask<bool> AddAsync(SurveyCampaign campaign, CancellationToken cancellationToken = default);

    /// <summary>The campaign <paramref name="id"/>, or <see langword="null"/>.</summary>
    ValueTask<SurveyCampaign?> FindAsync(string id, CancellationToken cancellationToken = default);
}
