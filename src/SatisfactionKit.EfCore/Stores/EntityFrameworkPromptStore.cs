using System.Buffers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="IPromptStore"/> over the vendor's <typeparamref name="TContext"/>; a thread-safe singleton
/// that opens a scope and context per call. Each record is appended to its unit's hash chain
/// (<c>prompts:{unit}</c> or <c>strays:{unit}</c>) in one transaction: lock the head, insert the linked row, move the head.
/// </summary>
internal sealed class EntityFrameworkPromptStore<TContext>(IServiceScopeFactory scopes) : IPromptStore
    where TContext : DbContext
{
    public ValueTask AddPromptAsync(PromptRecord prompt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var entity = PromptMapper.ToEntity(prompt);
        return AppendAsync(entity, RecordLinks.KeyOf(entity), static (e, head, buffer) => RecordLinks.Append(e, head, buffer), cancellationToken);
    }

    public ValueTask AddStrayPressAsync(StrayPress press, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(press);
        var entity = StrayPressMapper.ToEntity(press);
        return AppendAsync(entity, RecordLinks.KeyOf(entity), static (e, head, buffer) => RecordLinks.Append(e, head, buffer), cancellationToken);
    }

    private async ValueTask AppendAsync<TEntity>(TEntity entity, string chainKey, Action<TEntity, ChainHeadEntity, ArrayBufferWriter<byte>> link, CancellationToken cancellationToken)
        where TEntity : class
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            // Through the execution strategy, so that a vendor's retrying strategy retries the transaction whole.
            await context.Database.CreateExecutionStrategy().ExecuteAsync(
                (Context: context, Entity: entity, ChainKey: chainKey, Link: link),
                static async (_, state, ct) =>
                {
                    var (context, entity, chainKey, link) = state;
                    context.ChangeTracker.Clear();
                    var transaction = await context.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        // The head's lock is the transaction's first write (SQLite then waits for its write lock).
                        var (sequence, hash) = await ChainHeads.LockAsync(context, chainKey, ct).ConfigureAwait(false);
                        var head = new ChainHeadEntity { ChainKey = chainKey, Sequence = sequence, Hash = hash };
                        link(entity, head, new ArrayBufferWriter<byte>(256));
                        context.Set<TEntity>().Add(entity);
                        await context.SaveChangesAsync(ct).ConfigureAwait(false);
                        await ChainHeads.MoveAsync(context, chainKey, head.Sequence, head.Hash, ct).ConfigureAwait(false);
                        await transaction.CommitAsync(ct).ConfigureAwait(false);
                        return true;
                    }
                },
                verifySucceeded: null,
                cancellationToken).ConfigureAwait(false);
        }
    }
}
