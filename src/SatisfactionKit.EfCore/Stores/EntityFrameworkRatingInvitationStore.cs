using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="IRatingInvitationStore"/> over the vendor's <typeparamref name="TContext"/>; a thread-safe
/// singleton that opens a scope and context per call.
/// </summary>
internal sealed class EntityFrameworkRatingInvitationStore<TContext>(IServiceScopeFactory scopes) : IRatingInvitationStore
    where TContext : DbContext
{
    public async ValueTask AddAsync(RatingInvitationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            context.Set<RatingInvitationEntity>().Add(new RatingInvitationEntity
            {
                Id = record.Id,
                DossierCode = record.DossierCode,
                UnitCode = record.UnitCode,
                ProcedureCode = record.ProcedureCode,
                Channel = record.Channel,
                Outcome = record.Outcome,
                Attempts = record.Attempts,
                FailureReason = record.FailureReason,
                At = record.At.UtcDateTime,
            });
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<IReadOnlyList<RatingInvitationRecord>> ListAsync(string dossierCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossierCode);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var rows = await context.Set<RatingInvitationEntity>().AsNoTracking()
                .Where(i => i.DossierCode == dossierCode)
                .OrderBy(i => i.At).ThenBy(i => i.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(r => new RatingInvitationRecord(
                r.Id, r.DossierCode, r.UnitCode, r.ProcedureCode, r.Channel, r.Outcome, r.Attempts, r.FailureReason,
                new DateTimeOffset(DateTime.SpecifyKind(r.At, DateTimeKind.Utc))))];
        }
    }

    public async ValueTask<IReadOnlyList<ChannelResponseRate>> GetResponseRatesAsync(
        DateTimeOffset since, DateTimeOffset until, IReadOnlyList<string>? unitCodes = null, CancellationToken cancellationToken = default)
    {
        var start = since.UtcDateTime;
        var end = until.UtcDateTime;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var invitations = context.Set<RatingInvitationEntity>().AsNoTracking().Where(i => i.At >= start && i.At < end);
            if (unitCodes is { Count: > 0 })
            {
                var units = unitCodes.ToArray();
                invitations = invitations.Where(i => units.Contains(i.UnitCode));
            }

            var ratings = context.Set<RatingEntity>();

            // One row per (channel, dossier, outcome): a dossier invited twice counts once, and "rated" means
            // rated on the channel it was invited on, whenever the rating came.
            var rows = await invitations
                .Select(i => new
                {
                    i.Channel,
                    i.DossierCode,
                    i.Outcome,
                    Rated = ratings.Any(r => r.DossierCode == i.DossierCode && r.Channel == i.Channel),
                })
                .Distinct()
                .ToListAsync(cancellationToken).ConfigureAwait(false);

            return [.. rows.GroupBy(r => r.Channel).OrderBy(g => g.Key).Select(g =>
            {
                var sent = g.Where(r => r.Outcome == RatingInvitationOutcome.Sent).Select(r => r.DossierCode).ToHashSet(StringComparer.Ordinal);
                var rated = g.Where(r => r.Outcome == RatingInvitationOutcome.Sent && r.Rated).Select(r => r.DossierCode).ToHashSet(StringComparer.Ordinal);
                var failed = g.Where(r => r.Outcome == RatingInvitationOutcome.Failed && !sent.Contains(r.DossierCode)).Select(r => r.DossierCode).ToHashSet(StringComparer.Ordinal);
                return new ChannelResponseRate(g.Key, sent.Count, failed.Count, rated.Count);
            })];
        }
    }
}
