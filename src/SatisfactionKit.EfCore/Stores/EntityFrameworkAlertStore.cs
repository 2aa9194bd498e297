using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Alerts;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="IAlertStore"/> over the vendor's <typeparamref name="TContext"/>; a thread-safe singleton that
/// opens a scope and context per call. Acknowledging is one conditional UPDATE, so two people cannot both win.
/// </summary>
internal sealed class EntityFrameworkAlertStore<TContext>(IServiceScopeFactory scopes) : IAlertStore
    where TContext : DbContext
{
    public async ValueTask AddAsync(SatisfactionAlert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            context.Set<AlertEntity>().Add(new AlertEntity
            {
                Id = alert.Id,
                RuleCode = alert.RuleCode,
                Scope = alert.Scope,
                ScopeKey = alert.ScopeKey,
                WindowStart = alert.WindowStart.UtcDateTime,
                RaisedAt = alert.RaisedAt.UtcDateTime,
                Ratings = alert.Ratings,
                Dissatisfied = alert.Dissatisfied,
                AcknowledgedAt = alert.AcknowledgedAt?.UtcDateTime,
                AcknowledgedBy = alert.AcknowledgedBy,
                AcknowledgementComment = alert.AcknowledgementComment,
            });
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<SatisfactionAlert?> FindAsync(Guid alertId, CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var row = await context.Set<AlertEntity>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == alertId, cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToAlert(row);
        }
    }

    public async ValueTask<IReadOnlyList<SatisfactionAlert>> ListOpenAsync(CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var rows = await context.Set<AlertEntity>().AsNoTracking()
                .Where(a => a.AcknowledgedAt == null)
                .OrderBy(a => a.RaisedAt).ThenBy(a => a.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(ToAlert)];
        }
    }

    public async ValueTask<bool> AcknowledgeAsync(Guid alertId, string acknowledgedBy, string? comment, DateTimeOffset acknowledgedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(acknowledgedBy);
        var at = acknowledgedAt.UtcDateTime;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var updated = await context.Set<AlertEntity>()
                .Where(a => a.Id == alertId && a.AcknowledgedAt == null)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(a => a.AcknowledgedAt, at)
                        .SetProperty(a => a.AcknowledgedBy, acknowledgedBy)
                        .SetProperty(a => a.AcknowledgementComment, comment),
                    cancellationToken).ConfigureAwait(false);
            return updated == 1;
        }
    }

    private static SatisfactionAlert ToAlert(AlertEntity row) =>
        new(row.Id, row.RuleCode, row.Scope, row.ScopeKey, Utc(row.WindowStart), Utc(row.RaisedAt), row.Ratings, row.Dissatisfied)
        {
            AcknowledgedAt = row.AcknowledgedAt is { } at ? Utc(at) : null,
            AcknowledgedBy = row.AcknowledgedBy,
            AcknowledgementComment = row.AcknowledgementComment,
        };

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
