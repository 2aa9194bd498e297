namespace SatisfactionKit.Ratings;

/// <summary>
/// Told of every rating just stored (not of duplicates), after the store accepted it: alerting,
/// live dashboards, a vendor's own notifications. Register implementations in the service
/// collection; an observer's failure is logged and never undoes or refuses the rating.
/// </summary>
public interface IRatingObserver
{
    /// <summary>Called once per stored rating.</summary>
    ValueTask OnRatingStoredAsync(Rating rating, CancellationToken cancellationToken);
}
