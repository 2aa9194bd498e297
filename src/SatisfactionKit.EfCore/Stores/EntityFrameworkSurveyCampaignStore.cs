using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Channels.Surveys;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="ISurveyCampaignStore"/> over the vendor's <typeparamref name="TContext"/>; a thread-safe
/// singleton that opens a scope and context per call.
/// </summary>
internal sealed class EntityFrameworkSurveyCampaignStore<TContext>(IServiceScopeFactory scopes) : ISurveyCampaignStore
    where TContext : DbContext
{
    public async ValueTask<bool> AddAsync(SurveyCampaign campaign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var campaigns = context.Set<SurveyCampaignEntity>();
            campaigns.Add(new SurveyCampaignEntity
            {
                Id = campaign.Id,
                SchemeCode = campaign.SchemeCode,
                SchemeVersion = campaign.SchemeVersion,
                Topic = campaign.Topic,
                Period = campaign.Period,
                AudienceUnitCode = campaign.AudienceUnitCode,
                OpensAt = campaign.OpensAt.UtcDateTime,
                ClosesAt = campaign.ClosesAt.UtcDateTime,
            });
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException)
            {
                // A duplicate id is an answer; any other failure is the caller's to see.
                if (await campaigns.AsNoTracking().AnyAsync(c => c.Id == campaign.Id, cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                throw;
            }
        }
    }

    public async ValueTask<SurveyCampaign?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var row = await context.Set<SurveyCampaignEntity>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
            return row is null
                ? null
                : new SurveyCampaign
                {
                    Id = row.Id,
                    SchemeCode = row.SchemeCode,
                    SchemeVersion = row.SchemeVersion,
                    Topic = row.Topic,
                    Period = row.Period,
                    AudienceUnitCode = row.AudienceUnitCode,
                    OpensAt = Utc(row.OpensAt),
                    ClosesAt = Utc(row.ClosesAt),
                };
        }
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
