using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="IRatingBatchStore"/> over the vendor's <typeparamref name="TContext"/>: each batch is one
/// database transaction on a context of its own.
/// </summary>
internal sealed class EntityFrameworkRatingBatchStore<TContext>(IServiceScopeFactory scopes, TimeProvider time) : IRatingBatchStore
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
            return new EntityFrameworkRatingBatch(scope, context, transaction, info, time);
        }
        catch
        {
            await scope.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
