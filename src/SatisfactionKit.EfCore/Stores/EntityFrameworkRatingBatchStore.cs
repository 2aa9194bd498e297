using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.Ratings;


namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="IRatingBatchStore"/> over <typeparamref name="TContext"/>: each batch is one context and
/// one database transaction, committed whole or rolled back whole.
/// </summary>
internal sealed class EntityFrameworkRatingBatchStore<TContext>(IServiceScopeFactory scopes, IRatingChunkWriter writer, RollupCalculator rollups, IOptionsMonitor<RatingOptions> options, ILogger<EntityFrameworkRatingBatch> logger) : IRatingBatchStore
    where TContext : DbContext
{
    public async ValueTask<IRatingBatch> BeginAsync(RatingBatchInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        var scope = scopes.CreateAsyncScope();
        try
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new EntityFrameworkRatingBatch(scope, context, transaction, info, writer, rollups, options.CurrentValue.Uniqueness, logger);
        }
        catch
        {
            await scope.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
