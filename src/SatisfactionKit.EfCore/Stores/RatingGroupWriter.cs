using System.Buffers;
using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.Integrity;
using SatisfactionKit.EntityFrameworkCore.Stores.Statements;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// Group commit for single ratings. Every rating is appended to its unit's hash chain under a lock on
/// the chain's head, held until the commit; committing each rating alone would make all writers of a unit
/// queue through one durable commit (an fsync) each. Instead, ratings wait in a lane chosen by their
/// chain, and whoever holds the lane's turn (its loop, or a caller who found it idle) writes whatever
/// has gathered, up to <see cref="MaxGroup"/>, in one transaction: one key look-up, one head lock per
/// chain, one batch of rows, one commit. A lone rating is written at once by its own caller, so a quiet
/// counter pays nothing for the grouping.
/// </summary>
/// <remarks>
/// Each chain always goes to the same lane, so lanes never wait on each other's head locks; a chain
/// held by a long paper import delays only its own lane. SQLite has one writer per database, so it gets
/// one lane; other providers get <see cref="ServerLanes"/>. When a
/// group is refused (a key stored meanwhile by another process, a deadlock), its ratings are written
/// one by one, so one bad rating never fails the others.
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

    /// <summary>Groups a lane writes through one context before it takes a fresh one.</summary>
    private const int ContextReuse = 1000;

    /// <summary>Ratings that may wait per lane before a writer waits for room (back-pressure).</summary>
    private const int LaneCapacity = 4 * MaxGroup;

    private readonly IServiceScopeFactory _scopes;
    private readonly IRatingChunkWriter _rows;
    private readonly ILogger _logger;
    private readonly Lock _start = new();
    private Lane[]? _lanes;
    private WalCheckpointer<TContext>? _checkpointer;
    private bool _inProcess;
    private bool _disposed;

    public RatingGroupWriter(IServiceScopeFactory scopes, IRatingChunkWriter rows, ILogger logger)
    {
        _scopes = scopes;
        _rows = rows;
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
        var pending = new PendingRating(rating, prompt, chainKey, cancellationToken);
        var lane = lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(chainKey) % (uint)lanes.Length)];
        await lane.Queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        // A lane nobody is writing for is written by its caller, on its own thread: a lone press at a
        // quiet counter then costs no hand-over to the lane's loop and back.
        if (lane.Turn.Wait(0, CancellationToken.None))
        {
            try
            {
                while (!pending.Completion.Task.IsCompleted && await WriteNextGroupAsync(lane).ConfigureAwait(false))
                {
                }
            }
            finally
            {
                lane.Turn.Release();
            }
        }

        // Cancelling stops the wait; a rating whose group has begun may still be stored, which its
        // idempotency key makes harmless to retry.
        return await pending.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for the ratings already accepted to be written; for containers disposed synchronously.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        Lane[]? lanes;
        lock (_start)
        {
            _disposed = true;
            lanes = _lanes;
        }

        if (lanes is null)
        {
            return;
        }

        foreach (var lane in lanes)
        {
            lane.Queue.Writer.TryComplete();
        }

        // What was accepted is written before the store goes away.
        await Task.WhenAll(lanes.Select(l => l.Loop)).ConfigureAwait(false);
        if (_checkpointer is not null)
        {
            await _checkpointer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask<Lane[]> StartAsync(CancellationToken cancellationToken)
    {
        int count;
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var sqlite = DatabaseProviders.IsSqlite(scope.ServiceProvider.GetRequiredService<TContext>().Database);
            count = sqlite ? 1 : ServerLanes;
            _inProcess = sqlite;
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_start)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_lanes is null && _inProcess)
            {
                _checkpointer = new WalCheckpointer<TContext>(_scopes, _logger);
            }

            return _lanes ??= [.. Enumerable.Range(0, count).Select(_ => new Lane(this))];
        }
    }

    /// <summary>The lane's loop: writes whatever its callers did not write themselves.</summary>
    private async Task RunAsync(Lane lane)
    {
        while (await lane.Queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            await lane.Turn.WaitAsync().ConfigureAwait(false);
            try
            {
                while (await WriteNextGroupAsync(lane).ConfigureAwait(false))
                {
                }
            }
            finally
            {
                lane.Turn.Release();
            }
        }

        // A caller may still be writing its own group: the context goes once the turn is free.
        await lane.Turn.WaitAsync().ConfigureAwait(false);
        await CloseAsync(lane).ConfigureAwait(false);
        lane.Turn.Release();
    }

    /// <summary>Writes the next group waiting in <paramref name="lane"/>; the caller holds its turn. False when none waited.</summary>
    private async Task<bool> WriteNextGroupAsync(Lane lane)
    {
        var group = new List<PendingRating>();
        while (group.Count < MaxGroup && lane.Queue.Reader.TryRead(out var pending))
        {
            group.Add(pending);
        }

        if (group.Count == 0)
        {
            return false;
        }

        try
        {
            // The lane keeps its context between groups (its change tracker cleared each time): making a
            // context per group costs as much CPU as a small group's inserts. It is renewed after a failure
            // and every ContextReuse groups, so that nothing the vendor's scoped services hold grows for ever.
            if (lane.Scope is null || ++lane.Uses > ContextReuse)
            {
                await CloseAsync(lane).ConfigureAwait(false);
                lane.Scope = _scopes.CreateAsyncScope();
                lane.Uses = 1;
                var context = lane.Scope.Value.ServiceProvider.GetRequiredService<TContext>();
                if (_inProcess)
                {
                    lane.Statements = await RatingAppendStatements.OpenAsync(context, CancellationToken.None).ConfigureAwait(false);
                }
                else
                {
                    // The connection is held for the context's life: opened and closed per statement, it went
                    // back to the pool about four times a group, and Npgsql resets a returned connection with
                    // seven statements (it keeps the lane's prepared statements) - 28 statements a group.
                    await context.Database.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
                }

                // A group that fails is rolled back whole (and retried one by one), so the savepoint EF Core
                // would wrap each SaveChanges in is two statements per group for nothing.
                context.Database.AutoSavepointsEnabled = false;
            }

            await WriteGroupAsync(lane.Scope.Value.ServiceProvider.GetRequiredService<TContext>(), lane.Statements, group).ConfigureAwait(false);
            // The lane's connection leaves the log's checkpoint to the checkpointer, after the presses are answered.
            _checkpointer?.Committed();
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

            await CloseAsync(lane).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Disposes the lane's statements and context; the caller holds its turn.</summary>
    private static async ValueTask CloseAsync(Lane lane)
    {
        lane.Statements?.Dispose();
        lane.Statements = null;
        if (lane.Scope is { } open)
        {
            lane.Scope = null;
            await open.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task WriteGroupAsync(TContext context, RatingAppendStatements? statements, List<PendingRating> group)
    {
        // The first of several ratings with one key is written; the others get its result as duplicates.
        var leaders = new Dictionary<string, PendingRating>(StringComparer.Ordinal);
        var followers = new List<(PendingRating Follower, PendingRating Leader)>();
        foreach (var pending in group)
        {
            if (pending.Cancellation.IsCancellationRequested)
            {
                pending.Completion.TrySetCanceled(pending.Cancellation);
            }
            else if (leaders.TryGetValue(pending.Rating.IdempotencyKey, out var leader))
            {
                followers.Add((pending, leader));
            }
            else
            {
                leaders.Add(pending.Rating.IdempotencyKey, pending);
            }
        }

        if (leaders.Count > 0)
        {
            // A lone rating goes straight to its insert: the unique index catches a retry, and the
            // look-up after the refusal answers it. A group looks its keys up first, so that one retry
            // does not make the whole group fall back to one transaction per rating: on SQLite here, on a
            // server inside the group's transaction, in the round trip that locks its heads.
            var toWrite = leaders.Count == 1 || statements is null ? [.. leaders.Values] : await SkipStoredAsync(context, leaders).ConfigureAwait(false);
            if (toWrite.Count > 0)
            {
                await WriteNewAsync(context, statements, toWrite).ConfigureAwait(false);
            }
        }

        foreach (var (follower, leader) in followers)
        {
            var task = leader.Completion.Task;
            if (task.IsCompletedSuccessfully)
            {
                follower.Completion.TrySetResult(task.Result with { WasDuplicate = true });
            }
            else if (task.Exception is { } failed)
            {
                follower.Completion.TrySetException(failed.InnerExceptions);
            }
            else
            {
                follower.Completion.TrySetCanceled();
            }
        }
    }

    /// <summary>Answers the ratings whose key is already stored (a retry) and returns the rest.</summary>
    private static async Task<List<PendingRating>> SkipStoredAsync(TContext context, Dictionary<string, PendingRating> leaders)
    {
        foreach (var key in await StoredKeys.FindAsync(context, [.. leaders.Keys], CancellationToken.None).ConfigureAwait(false))
        {
            var earlier = await FindAsync(context, key).ConfigureAwait(false);
            leaders.Remove(key, out var pending);
            pending!.Completion.TrySetResult(new RatingStoreResult(earlier!, WasDuplicate: true));
        }

        return [.. leaders.Values];
    }

    private async Task WriteNewAsync(TContext context, RatingAppendStatements? statements, List<PendingRating> group)
    {
        if (group.Count > 1)
        {
            try
            {
                var stored = await AppendAsync(context, statements, group, _rows, checkStored: true).ConfigureAwait(false);
                foreach (var pending in group)
                {
                    if (stored.Contains(pending.Rating.IdempotencyKey))
                    {
                        // A retry of a rating stored before: answered with what was stored.
                        var earlier = await FindAsync(context, pending.Rating.IdempotencyKey).ConfigureAwait(false);
                        pending.Completion.TrySetResult(new RatingStoreResult(earlier!, WasDuplicate: true));
                    }
                    else
                    {
                        pending.Completion.TrySetResult(new RatingStoreResult(pending.Rating, WasDuplicate: false));
                    }
                }

                LogGroupWritten(group.Count - stored.Count);
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or DbException)
            {
                // Nothing of the group was kept (one transaction). Write each alone, so that only the
                // rating that is really refused fails.
                LogGroupSplit(ex, group.Count);
            }
        }

        foreach (var pending in group)
        {
            try
            {
                await AppendAsync(context, statements, [pending], _rows, checkStored: false).ConfigureAwait(false);
                pending.Completion.TrySetResult(new RatingStoreResult(pending.Rating, WasDuplicate: false));
            }
            catch (DbUpdateException ex)
            {
                // The key was stored by another writer between our look-up and our insert: the unique
                // index refused the second row. Whatever the provider's error code, the key now being
                // there is the proof; anything else (a real failure) goes to this rating's writer.
                context.ChangeTracker.Clear();
                var raced = await FindAsync(context, pending.Rating.IdempotencyKey).ConfigureAwait(false);
                if (raced is null)
                {
                    pending.Completion.TrySetException(ex);
                }
                else
                {
                    LogRaceResolved(pending.Rating.IdempotencyKey, raced.Id, ex);
                    pending.Completion.TrySetResult(new RatingStoreResult(raced, WasDuplicate: true));
                }
            }
#pragma warning disable CA1031 // Reported to the one writer it concerns.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                pending.Completion.TrySetException(ex);
            }
        }
    }

    /// <summary>
    /// One transaction: lock the group's chain heads, link each rating after its chain's last link, insert
    /// them (and their prompt records), move the heads, commit. Run through the context's execution
    /// strategy, so that a vendor's retrying strategy (EnableRetryOnFailure) retries the whole transaction.
    /// </summary>
    /// <remarks>
    /// With <c>checkStored</c>, a server's transaction leaves out the ratings whose key is already stored
    /// (SQLite's lane looked them up before) and returns their keys; otherwise the set is empty.
    /// </remarks>
    private static async Task<IReadOnlySet<string>> AppendAsync(TContext context, RatingAppendStatements? statements, List<PendingRating> group, IRatingChunkWriter rows, bool checkStored)
    {
        if (statements is not null)
        {
            await context.Database.CreateExecutionStrategy().ExecuteAsync(
                (Statements: statements, Group: group),
                static async (_, state, ct) =>
                {
                    await AppendAsync(state.Statements, state.Group, ct).ConfigureAwait(false);
                    return true;
                },
                verifySucceeded: null,
                CancellationToken.None).ConfigureAwait(false);
            return new HashSet<string>();
        }

        return await context.Database.CreateExecutionStrategy().ExecuteAsync(
            (Context: context, Group: group, Rows: rows, CheckStored: checkStored),
            static async (_, state, ct) =>
            {
                var (context, group, rows, checkStored) = state;
                context.ChangeTracker.Clear();
                var transaction = await context.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    string[] keys = checkStored ? [.. group.Select(p => p.Rating.IdempotencyKey)] : [];
                    var (heads, stored) = await rows.BeginGroupAsync(context, [.. group.Select(p => p.ChainKey).Distinct(StringComparer.Ordinal)], keys, ct).ConfigureAwait(false);
                    var buffer = new ArrayBufferWriter<byte>(512);
                    var ratings = new List<RatingEntity>(group.Count);
                    foreach (var pending in group)
                    {
                        if (stored.Contains(pending.Rating.IdempotencyKey))
                        {
                            continue;
                        }

                        var entity = RatingMapper.ToEntity(pending.Rating);
                        var head = heads[pending.ChainKey];
                        ChainHeads.Link(entity, pending.ChainKey, head.Sequence, head.Hash, buffer);
                        head.Sequence = entity.ChainSequence;
                        head.Hash = entity.Hash;
                        ratings.Add(entity);
                        if (pending.Prompt is { } prompt)
                        {
                            context.Add(prompt);
                        }
                    }

                    // The rating rows and the heads go through the chunk writer: EF Core's batched INSERTs and
                    // UPDATEs (its SaveChanges saves everything tracked), or, with UsePostgreSqlBulkImport, one
                    // batch of array INSERTs and one UPDATE for all heads; then this SaveChanges adds the prompt records.
                    if (ratings.Count > 0)
                    {
                        await rows.WriteGroupAsync(context, ratings, heads.Values, ct).ConfigureAwait(false);
                    }

                    if (context.ChangeTracker.HasChanges())
                    {
                        await context.SaveChangesAsync(ct).ConfigureAwait(false);
                    }

                    await transaction.CommitAsync(ct).ConfigureAwait(false);
                    return stored;
                }
            },
            verifySucceeded: null,
            CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// The same transaction through the lane's prepared statements (SQLite): <c>BEGIN IMMEDIATE</c> takes
    /// the write lock, so the heads read next cannot move before the commit.
    /// </summary>
    private static async Task AppendAsync(RatingAppendStatements statements, List<PendingRating> group, CancellationToken cancellationToken)
    {
        try
        {
            var contextTransaction = await statements.BeginAsync(cancellationToken).ConfigureAwait(false);
            await using (contextTransaction.ConfigureAwait(false))
            {
                var transaction = contextTransaction.GetDbTransaction();
                var heads = new Dictionary<string, (ChainHeadEntity Head, bool IsNew)>(StringComparer.Ordinal);
                var buffer = new ArrayBufferWriter<byte>(512);
                foreach (var pending in group)
                {
                    if (!heads.TryGetValue(pending.ChainKey, out var head))
                    {
                        var stored = await statements.ReadHeadAsync(pending.ChainKey, transaction, cancellationToken).ConfigureAwait(false);
                        head = stored is null
                            ? (new ChainHeadEntity { ChainKey = pending.ChainKey, Sequence = 0, Hash = RatingChain.Genesis.ToArray() }, true)
                            : (stored, false);
                        heads.Add(pending.ChainKey, head);
                    }

                    var entity = RatingMapper.ToEntity(pending.Rating);
                    ChainHeads.Link(entity, pending.ChainKey, head.Head.Sequence, head.Head.Hash, buffer);
                    head.Head.Sequence = entity.ChainSequence;
                    head.Head.Hash = entity.Hash;
                    await statements.InsertAsync(entity, transaction, cancellationToken).ConfigureAwait(false);
                    if (pending.Prompt is { } prompt)
                    {
                        await statements.InsertAsync(prompt, transaction, cancellationToken).ConfigureAwait(false);
                    }
                }

                foreach (var (head, isNew) in heads.Values)
                {
                    await statements.SaveHeadAsync(head, isNew, transaction, cancellationToken).ConfigureAwait(false);
                }

                await contextTransaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException e)
        {
            // The exception EF Core's SaveChanges throws for a row the database refuses, so that the
            // group's fallback and the race resolution treat both paths alike.
            throw new DbUpdateException($"The database refused a rating of the group: {e.Message}", e);
        }
    }

    private static async Task<Rating?> FindAsync(TContext context, string idempotencyKey)
    {
        var entity = await context.Set<RatingEntity>().AsNoTracking().Include(r => r.Answers).Include(r => r.Choices).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.IdempotencyKey == idempotencyKey).ConfigureAwait(false);
        return entity is null ? null : RatingMapper.ToRating(entity);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Idempotency key {IdempotencyKey} was stored concurrently as rating {RatingId} ; nothing written")]
    private partial void LogRaceResolved(string idempotencyKey, Guid ratingId, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Trace, Message = "{Count} ratings written in one transaction")]
    private partial void LogGroupWritten(int count);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "A group of {Count} ratings was refused; writing them one by one")]
    private partial void LogGroupSplit(Exception exception, int count);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Writing a group of {Count} ratings failed")]
    private partial void LogGroupFailed(Exception exception, int count);

    private sealed class PendingRating(Rating rating, PromptRecordEntity? prompt, string chainKey, CancellationToken cancellation)
    {
        public Rating Rating { get; } = rating;
        public PromptRecordEntity? Prompt { get; } = prompt;
        public string ChainKey { get; } = chainKey;
        public CancellationToken Cancellation { get; } = cancellation;

        // Completed from the lane's loop; continuations must not run on it, or one slow caller holds up the lane.
        public TaskCompletionSource<RatingStoreResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Lane
    {
        public Lane(RatingGroupWriter<TContext> owner)
        {
            Queue = Channel.CreateBounded<PendingRating>(new BoundedChannelOptions(LaneCapacity) { FullMode = BoundedChannelFullMode.Wait });
            Loop = Task.Run(() => owner.RunAsync(this));
        }

        public Channel<PendingRating> Queue { get; }

        /// <summary>Held by whoever writes for the lane (its loop or a caller), so that one group is written at a time.</summary>
        public SemaphoreSlim Turn { get; } = new(1, 1);

        /// <summary>The lane's context scope; used only by the holder of <see cref="Turn"/>.</summary>
        public AsyncServiceScope? Scope { get; set; }

        /// <summary>The prepared statements on the scope's connection (SQLite only); used only by the holder of <see cref="Turn"/>.</summary>
        public RatingAppendStatements? Statements { get; set; }

        public int Uses { get; set; }

        public Task Loop { get; }
    }
}
