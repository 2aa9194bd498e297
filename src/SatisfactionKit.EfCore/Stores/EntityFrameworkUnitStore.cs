using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Units;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="IUnitStore"/> over the vendor's <typeparamref name="TContext"/>: the catalogue read in two
/// queries (versions, successions), replaced whole in one transaction after validation; a replacement is
/// announced through <see cref="IUnitCatalogueChangeNotifier"/>, so this process's registry reads it at once.
/// </summary>
internal sealed class EntityFrameworkUnitStore<TContext>(IServiceScopeFactory scopes, IUnitCatalogueChangeNotifier changes) : IUnitStore
    where TContext : DbContext
{
    public async ValueTask<UnitCatalogue> LoadAsync(CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var versions = await context.Set<UnitVersionEntity>().AsNoTracking()
                .OrderBy(v => v.UnitCode).ThenBy(v => v.ValidFrom)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var successions = await context.Set<UnitSuccessionEntity>().AsNoTracking()
                .OrderBy(s => s.PredecessorCode).ThenBy(s => s.SuccessorCode)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return new UnitCatalogue(
                [.. versions.Select(v => new UnitVersion(v.UnitCode, new UnitName(v.NameVi, v.NameEn), new UnitLevel(v.LevelCode), v.ParentCode, v.ValidFrom, v.ValidTo))],
                [.. successions.Select(s => new UnitSuccession(s.PredecessorCode, s.SuccessorCode, s.EffectiveOn, s.CarriesHistory))]);
        }
    }

    public async ValueTask ReplaceAsync(UnitCatalogue catalogue, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (UnitCatalogueValidator.Validate(catalogue, today) is { Count: > 0 } errors)
        {
            throw new UnitCatalogueException(errors);
        }

        try
        {
            await WriteAsync(catalogue, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Also after a failed write: whether the commit reached the database is then unknown, and a re-read is cheap.
            changes.NotifyCatalogueChanged();
        }
    }

    private async Task WriteAsync(UnitCatalogue catalogue, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var strategy = context.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(
                async ct =>
                {
                    context.ChangeTracker.Clear();
                    var transaction = await context.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        await context.Set<UnitSuccessionEntity>().ExecuteDeleteAsync(ct).ConfigureAwait(false);
                        await context.Set<UnitVersionEntity>().ExecuteDeleteAsync(ct).ConfigureAwait(false);
                        context.AddRange(catalogue.Versions.Select(v => new UnitVersionEntity
                        {
                            UnitCode = v.Code,
                            ValidFrom = v.ValidFrom,
                            ValidTo = v.ValidTo,
                            NameVi = v.Name.Vi,
                            NameEn = v.Name.En,
                            LevelCode = v.Level.Code,
                            ParentCode = v.ParentCode,
                        }));
                        context.AddRange(catalogue.Successions.Select(s => new UnitSuccessionEntity
                        {
                            PredecessorCode = s.PredecessorCode,
                            SuccessorCode = s.SuccessorCode,
                            EffectiveOn = s.EffectiveOn,
                            CarriesHistory = s.CarriesHistory,
                        }));
                        await context.SaveChangesAsync(ct).ConfigureAwait(false);
                        await transaction.CommitAsync(ct).ConfigureAwait(false);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
    }
}
