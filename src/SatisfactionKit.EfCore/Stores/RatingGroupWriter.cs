using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// Group commit for single ratings. Every rating is appended to its unit's hash chain under a lock on
/// the chain's head, held until the commit; committing each rating alone would make all writers of a unit
/// queue through one durable commit (an fsync) each. Instead, ratings wait in a lane chosen by their
/// chain (a <see cref="BatchingGate{T}"/>), and whoever holds the lane's turn writes whatever has
/// gathered, up to <see cref="MaxGroup"/>, in one transaction (<see cref="GroupCommit"/>): one key
/// look-up, one head lock per chain, one batch of rows, one commit. A lone rating is written at once by
/// its own caller, so a quiet counter pays nothing for the grouping.
/// </summary>
/// <remarks>
/// Each chain always goes to the same lane, so lanes never wait on each other's head locks; a chain
/// held by a long paper import delays only its own lane. A database with one writer at a time (a fast
/// path such as SQLite's) gets one lane; other databases get <see cref="ServerLanes"/>.
/// </remarks>
internal sealed partial class RatingGroupWriter<TContext> : IDisposable, IAsyncDisposable
    where TContext : DbContext
{
    /// <summary>The most ratings one transaction takes.</summary>
    public const int MaxGroup = 256;

    /// <summary>
    /// Lanes for a database with concurrent writers: two, so that one group's commit overlaps the next
    /// group's building. With 64 writers into PostgreSQL on two cores, one, two and four lanes wrote alike
    /// once warm (3,046, 3,013 and 2,908 ratings/s); more lanes make smaller groups, and each group costs
    /// its fixed statements (look-up, head lock, commit), on both sides of the connection.
    /// </summary>
    public const int ServerLanes = 2;

    /// <summary>Ratings that may wait per lane before a writer waits for room (back-pressure).</summary>
    private const int LaneCapacity = 4 * MaxGroup;

    private readonly IServiceScopeFactory _scopes;
    private readonly Func<RatingUniqueness> _uniqueness;
    private readonly IReadOnlyList<IRatingStoreFastPath> _fastPaths;
    private readonly GroupCommit _commit;
    private readonly ILogger _logger;
    private readonly Lock _start = new();
    private BatchingGate<PendingRating>[]? _lanes;
    private CommitFollower<TContext>? _follower;
    private bool _disposed;

    public RatingGroupWriter(IServiceScopeFactory scopes, IRatingChunkWriter rows, RollupCalculator rollups, IReadOnlyList<IRatingStoreFastPath> fastPaths, Func<RatingUniqueness> uniqueness, ILogger logger)
    {
        _scopes = scopes;
        _uniqueness = uniqueness;
        _fastPaths = fastPaths;
        _commit = new GroupCommit(rows, rollups, logger);
        _logger = logger;
    }

    /// <summary>
    /// Stores <paramref name="rating"/> (and <paramref name="prompt"/>, the record of the prompt it
    /// completes, in the same transaction), or returns the rating already stored under its key.
    /// </summary>
    public async ValueTask<RatingStoreResult> WriteAsync(Rating rating, PromptRecordEntity? prompt, CancellationToken cancellationToken)
    {
        var chainKey = ChainHeads.KeyOf(rating);
        var lanes = _lanes ?? await StartAsync(cancellationToken).ConfigureAwait(false);
        var pending = new PendingRating(rating, prompt, chainKey, _uniqueness(), cancellationToken);
        var lane = lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(chainKey) % (uint)lanes.Length)];
        await lane.SubmitAsync(pending, pending.Completion.Task, cancellationToken).ConfigureAwait(false);

        // Cancelling stops the wait; a rating whose group has begun may still be stored, which its
        // idempotency key makes harmless to retry.
        return await pending.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for the ratings already accepted to be written; for containers disposed synchronously.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        BatchingGate<PendingRating>[]? lanes;
        lock (_start)
        {
            _disposed = true;
            lanes = _lanes;
        }

        if (lanes is null)
        {
            return;
        }

        // What was accepted is written before the store goes away.
        await Task.WhenAll(lanes.Select(l => l.DisposeAsync().AsTask())).ConfigureAwait(false);
        if (_follower is not null)
        {
            await _follower.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask<BatchingGate<PendingRating>[]> StartAsync(CancellationToken cancellationToken)
    {
        IRatingStoreFastPath? fastPath;
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            fastPath = _fastPaths.FirstOrDefault(f => f.Serves(context));
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_start)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_lanes is null && fastPath?.AfterCommitsDelay is { } delay)
            {
                _follower = new CommitFollower<TContext>(fastPath, delay, _scopes, _logger);
            }

            return _lanes ??= [.. Enumerable.Range(0, fastPath is null ? ServerLanes : 1).Select(_ => NewLane(fastPath))];
        }
    }

    private BatchingGate<PendingRating> NewLane(IRatingStoreFastPath? fastPath)
    {
        var lane = new ReusableContext<TContext, IRatingAppendStatements>(_scopes, context => OpenAsync(context, fastPath));
        return new BatchingGate<PendingRating>(MaxGroup, LaneCapacity, group => WriteGroupAsync(lane, group), lane.CloseAsync);
    }

    private static async Task<IRatingAppendStatements?> OpenAsync(TContext context, IRatingStoreFastPath? fastPath)
    {
        // A group that fails is rolled back whole (and retried one by one), so the savepoint EF Core
        // would wrap each SaveChanges in is two statements per group for nothing.
        context.Database.AutoSavepointsEnabled = false;
        if (fastPath is not null)
        {
            return await fastPath.OpenAppendStatementsAsync(context, CancellationToken.None).ConfigureAwait(false);
        }

        // The connection is held for the context's life: opened and closed per statement, it went back to
        // the pool about four times a group, and Npgsql resets a returned connection with seven statements
        // (it keeps the lane's prepared statements) - 28 statements a group.
        await context.Database.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
        return null;
    }

    /// <summary>The lane's batch handler: writes the group; the caller holds the lane's turn.</summary>
    private async Task WriteGroupAsync(ReusableContext<TContext, IRatingAppendStatements> lane, List<PendingRating> group)
    {
        try
        {
            var context = await lane.NextAsync().ConfigureAwait(false);
            await _commit.WriteAsync(context, lane.Statements, group).ConfigureAwait(false);
            // The lane's connection leaves the after-commit work (SQLite's checkpoint) to the follower, after the presses are answered.
            _follower?.Committed();
        }
#pragma warning disable CA1031 // The lane must live on: the failure goes to every writer still waiting in the group.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogGroupFailed(ex, group.Count);
            foreach (var pending in group)
            {
                pending.Completion.TrySetException(ex);
            }

            await lane.CloseAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Writing a group of {Count} ratings failed")]
    private partial void LogGroupFailed(Exception exception, int count);
}
