namespace SatisfactionKit.Channels.Invitations;

/// <summary>
/// Where invitations are recorded. <c>AddEntityFrameworkStores&lt;TContext&gt;()</c> registers the EF Core
/// implementation (table <c>SK_RatingInvitations</c>); a vendor with another store implements it.
/// </summary>
public interface IRatingInvitationStore
{
    /// <summary>Records one invitation (sent or failed).</summary>
    ValueTask AddAsync(RatingInvitationRecord record, CancellationToken cancellationToken = default);

    /// <summary>The invitations of <paramref name="dossierCode"/>, oldest first.</summary>
    ValueTask<IReadOnlyList<RatingInvitationRecord>> ListAsync(string dossierCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per channel, the invitations recorded from <paramref name="since"/> inclusive to <paramref name="until"/>
    /// exclusive and how many of the invited dossiers were rated on that channel; only channels with invitations.
    /// </summary>
    /// <param name="since">First instant counted.</param>
    /// <param name="until">First instant no longer counted.</param>
    /// <param name="unitCodes">Only these units; null or empty for every unit.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    ValueTask<IReadOnlyList<ChannelResponseRate>> GetResponseRatesAsync(DateTimeOffset since, DateTimeOffset until, IReadOnlyList<string>? unitCodes = null, CancellationToken cancellationToken = default);
}
