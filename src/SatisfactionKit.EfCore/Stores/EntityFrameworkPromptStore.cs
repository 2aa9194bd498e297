using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="IPromptStore"/> over the vendor's <typeparamref name="TContext"/>; a thread-safe singleton
/// that opens a scope and context per call.
/// </summary>
internal sealed class EntityFrameworkPromptStore<TContext>(IServiceScopeFactory scopes) : IPromptStore
    where TContext : DbContext
{
    public ValueTask AddPromptAsync(PromptRecord prompt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return AddAsync(PromptMapper.ToEntity(prompt), cancellationToken);
    }

    public ValueTask AddStrayPressAsync(StrayPress press, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(press);
        return AddAsync(
            new StrayPressEntity
            {
                Id = press.Id,
                CounterId = press.CounterId,
                UnitCode = press.UnitCode,
                Reason = press.Reason,
                LevelCode = press.LevelCode,
                DeviceId = press.DeviceId,
                PromptId = press.PromptId,
                PressedAt = press.PressedAt.UtcDateTime,
            },
            cancellationToken);
    }

    private async ValueTask AddAsync<TEntity>(TEntity entity, CancellationToken cancellationToken)
        where TEntity : class
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            context.Set<TEntity>().Add(entity);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
