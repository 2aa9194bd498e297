using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.Rollups;

/// <summary>
/// <see cref="IRatingRollups"/> over <typeparamref name="TContext"/>: rebuild and check walk the chains one
/// at a time (a chain's ratings in pages of its sequence), so memory holds one chain's cells, and compute
/// cells with the same <see cref="RollupCalculator"/> as the write paths.
/// </summary>
internal sealed partial class EntityFrameworkRatingRollups<TContext>(
    IServiceScopeFactory scopes,
    RollupCalculator calculator,
    IRatingChunkWriter writer,
    TimeProvider time,
    ILogger<EntityFrameworkRatingRollups<TContext>> logger) : IRatingRollups
    where TContext : DbContext
{
    private const int PageSize = 2000;
    private volatile bool _built;

    public async ValueTask<bool> IsBuiltAsync(CancellationToken cancellationToken = default)
    {
        if (_built)
        {
            return true;
        }

        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var zone = calculator.Zone.Id;
            // Once built for this zone and layout, every write keeps them so: no need to ask again in this process.
            _built = await context.Set<RollupStateEntity>().AsNoTracking()
                .AnyAsync(s => s.Id == 1 && s.TimeZoneId == zone && s.Layout == RollupCube.Layout, cancellationToken).ConfigureAwait(false);
            return _built;
        }
    }

    public async Task<RollupRebuildResult> RebuildAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var result = await context.Database.CreateExecutionStrategy().ExecuteAsync(
                (context, progress),
                async (_, state, ct) =>
                {
                    state.context.ChangeTracker.Clear();
                    var transaction = await state.context.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        var rebuilt = await RebuildInAsync(state.context, state.progress, ct).ConfigureAwait(false);
                        await transaction.CommitAsync(ct).ConfigureAwait(false);
                        return rebuilt;
                    }
                },
                verifySucceeded: null,
                cancellationToken).ConfigureAwait(false);
            _built = true;
            LogRebuilt(result.Ratings, result.RatingCells, result.AnswerCells, result.TimeZoneId);
            return result;
        }
    }

    public async Task<RollupCheckResult> CheckAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            // One snapshot for the ratings and the cells, so that writes committed meanwhile cannot show as differences.
            var transaction = await context.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var state = await context.Set<RollupStateEntity>().AsNoTracking().Where(s => s.Id == 1).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                var comparison = new RollupComparison();
                long ratings = 0;
                foreach (var chain in await ChainsAsync(context, cancellationToken).ConfigureAwait(false))
                {
                    var expected = new RollupDelta();
                    ratings += await ComputeChainAsync(context, chain, expected, ratings, progress, cancellationToken).ConfigureAwait(false);
                    var storedRatings = await context.Set<RatingRollupEntity>().AsNoTracking().Where(c => c.ChainKey == chain).ToListAsync(cancellationToken).ConfigureAwait(false);
                    var storedAnswers = await context.Set<AnswerRollupEntity>().AsNoTracking().Where(c => c.ChainKey == chain).ToListAsync(cancellationToken).ConfigureAwait(false);
                    comparison.Compare(expected, storedRatings, storedAnswers);
                }

                var (compared, differing, listed) = await DissatisfiedDossierCheck.RunAsync(context, cancellationToken).ConfigureAwait(false);
                comparison.AddDossiers(compared, differing, listed);
                (compared, differing, listed) = await RepeatedDissatisfiedCheck.RunAsync(context, cancellationToken).ConfigureAwait(false);
                comparison.AddDossiers(compared, differing, listed);
                var built = state is not null && state.TimeZoneId == calculator.Zone.Id && state.Layout == RollupCube.Layout;
                var result = new RollupCheckResult(ratings, comparison.Cells, built, comparison.Differences, comparison.DifferenceCount);
                LogChecked(result.Ratings, result.Cells, result.DifferenceCount);
                return result;
            }
        }
    }

    private async Task<RollupRebuildResult> RebuildInAsync(DbContext context, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        // Every chain's lock, as a writer takes its own: writers wait for the rebuild, and every cell it
        // writes is counted from ratings no writer can add to before the commit.
        await context.Set<ChainHeadEntity>().ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence), cancellationToken).ConfigureAwait(false);
        await context.Set<RatingRollupEntity>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.Set<AnswerRollupEntity>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        // Each chain's writes below add its ratings to the codes' counts (a code may be rated in two chains).
        await context.Set<DissatisfiedDossierEntity>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        // Copied again by those writes, as a code's count goes above one.
        await context.Set<RepeatedDissatisfiedRatingEntity>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        long ratings = 0, ratingCells = 0, answerCells = 0;
        foreach (var chain in await ChainsAsync(context, cancellationToken).ConfigureAwait(false))
        {
            var delta = new RollupDelta();
            ratings += await ComputeChainAsync(context, chain, delta, ratings, progress, cancellationToken).ConfigureAwait(false);
            ratingCells += delta.RatingCellCount;
            answerCells += delta.AnswerCellCount;
            await writer.WriteRollupsAsync(context, delta, cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.Clear();
        }

        var state = await context.Set<RollupStateEntity>().Where(s => s.Id == 1).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            state = new RollupStateEntity { Id = 1 };
            context.Add(state);
        }

        state.TimeZoneId = calculator.Zone.Id;
        state.Layout = RollupCube.Layout;
        state.BuiltAt = time.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new RollupRebuildResult(ratings, ratingCells, answerCells, calculator.Zone.Id);
    }

    /// <summary>Every chain with ratings or cells, in key order.</summary>
    private static async Task<List<string>> ChainsAsync(DbContext context, CancellationToken cancellationToken)
    {
        var heads = await context.Set<ChainHeadEntity>().AsNoTracking().Select(h => h.ChainKey).ToListAsync(cancellationToken).ConfigureAwait(false);
        var rated = await context.Set<RatingRollupEntity>().AsNoTracking().Select(c => c.ChainKey).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var answered = await context.Set<AnswerRollupEntity>().AsNoTracking().Select(c => c.ChainKey).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. heads.Union(rated).Union(answered).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Adds the cells of <paramref name="chain"/>'s ratings to <paramref name="delta"/>; returns how many ratings it read.</summary>
    private async Task<long> ComputeChainAsync(DbContext context, string chain, RollupDelta delta, long before, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        long read = 0;
        long after = 0;
        while (true)
        {
            var last = after;
            var page = await context.Set<RatingEntity>().AsNoTracking()
                .Where(r => r.ChainKey == chain && r.ChainSequence > last)
                .OrderBy(r => r.ChainSequence)
                .Take(PageSize)
                .Include(r => r.Answers)
                .Include(r => r.Choices)
                .AsSplitQuery()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var rating in page)
            {
                calculator.Add(delta, rating);
            }

            read += page.Count;
            progress?.Report(before + read);
            if (page.Count < PageSize)
            {
                return read;
            }

            after = page[^1].ChainSequence;
        }
    }

    [LoggerMessage(EventId = 4030, Level = LogLevel.Information, Message = "Roll-ups rebuilt from {Ratings} ratings: {RatingCells} rating cells, {AnswerCells} answer cells, periods in {TimeZoneId}")]
    private partial void LogRebuilt(long ratings, long ratingCells, long answerCells, string timeZoneId);

    [LoggerMessage(EventId = 4031, Level = LogLevel.Information, Message = "Roll-ups checked against {Ratings} ratings: {Cells} cells, {Differences} differ")]
    private partial void LogChecked(long ratings, long cells, long differences);
}
