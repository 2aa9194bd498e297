using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// Writes one group of pending ratings in as few transactions as it can and answers every writer: the
/// first of several ratings with one key is written and the others get its result; retries of stored
/// ratings get the stored one; a group the database refuses is written again one rating at a time, so
/// that only the rating really refused fails; a key stored meanwhile by another writer is answered with
/// the rating that won.
/// </summary>
internal sealed partial class GroupCommit
{
    /// <summary>What a fast path's transaction reports as already stored: nothing (it looked the keys up before).</summary>
    private static readonly IReadOnlySet<string> NoneStored = new HashSet<string>();

    private readonly IRatingChunkWriter _rows;
    private readonly RollupCalculator _rollups;
    private readonly ILogger _logger;

    public GroupCommit(IRatingChunkWriter rows, RollupCalculator rollups, ILogger logger)
    {
        _rows = rows;
        _rollups = rollups;
        _logger = logger;
    }

    /// <summary>Writes <paramref name="group"/> through <paramref name="context"/> (and <paramref name="statements"/>, a fast path's, when given).</summary>
    public async Task WriteAsync(DbContext context, IRatingAppendStatements? statements, List<PendingRating> group)
    {
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
            // does not make the whole group fall back to one transaction per rating: on a fast path here,
            // on a server inside the group's transaction, in the round trip that locks its heads.
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
    private static async Task<List<PendingRating>> SkipStoredAsync(DbContext context, Dictionary<string, PendingRating> leaders)
    {
        foreach (var key in await StoredKeys.FindAsync(context, [.. leaders.Keys], CancellationToken.None).ConfigureAwait(false))
        {
            leaders.Remove(key, out var pending);
            pending!.AnswerDuplicate((await FindAsync(context, key).ConfigureAwait(false))!);
        }

        return [.. leaders.Values];
    }

    private async Task WriteNewAsync(DbContext context, IRatingAppendStatements? statements, List<PendingRating> group)
    {
        if (group.Count > 1)
        {
            try
            {
                var stored = await AppendAsync(context, statements, group, checkStored: true).ConfigureAwait(false);
                foreach (var pending in group)
                {
                    if (stored.Contains(pending.Rating.IdempotencyKey))
                    {
                        // A retry of a rating stored before: answered with what was stored.
                        pending.AnswerDuplicate((await FindAsync(context, pending.Rating.IdempotencyKey).ConfigureAwait(false))!);
                    }
                    else
                    {
                        pending.AnswerStored();
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
                await AppendAsync(context, statements, [pending], checkStored: false).ConfigureAwait(false);
                pending.AnswerStored();
            }
            catch (DbUpdateException ex)
            {
                // Another writer stored, between our look-up and our insert, either the same key (a
                // retry: answered with that rating) or another rating of the same dossier (the slot's
                // unique index: refused as already rated). Whatever the provider's error code, the row
                // now being there is the proof; anything else (a real failure) goes to this rating's writer.
                context.ChangeTracker.Clear();
                if (await FindAsync(context, pending.Rating.IdempotencyKey).ConfigureAwait(false) is { } raced)
                {
                    LogRaceResolved(pending.Rating.IdempotencyKey, raced.Id, ex);
                    pending.AnswerDuplicate(raced);
                }
                else if (DossierSlots.For(pending.Rating, pending.Uniqueness) is { } slot &&
                         await FindBySlotAsync(context, slot).ConfigureAwait(false) is { } holder)
                {
                    LogSlotTaken(pending.Rating.Dossier?.DossierCode, holder.Id);
                    pending.AnswerAlreadyRated(holder);
                }
                else
                {
                    pending.Completion.TrySetException(ex);
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

    /// <summary>One transaction for <paramref name="group"/>: through the fast path's statements when there are some, else through EF Core and the chunk writer.</summary>
    private async Task<IReadOnlySet<string>> AppendAsync(DbContext context, IRatingAppendStatements? statements, List<PendingRating> group, bool checkStored)
    {
        if (statements is null)
        {
            return await PortableGroupTransaction.AppendAsync(context, group, _rows, _rollups, checkStored).ConfigureAwait(false);
        }

        // The fast path looked the keys up before the transaction (SkipStoredAsync).
        await FastPathGroupTransaction.AppendAsync(context, statements, _rollups, group).ConfigureAwait(false);
        return NoneStored;
    }

    private static Task<Rating?> FindAsync(DbContext context, string idempotencyKey) => FindAsync(context, r => r.IdempotencyKey == idempotencyKey);

    private static Task<Rating?> FindBySlotAsync(DbContext context, string slot) => FindAsync(context, r => r.DossierSlot == slot);

    private static async Task<Rating?> FindAsync(DbContext context, System.Linq.Expressions.Expression<Func<RatingEntity, bool>> which)
    {
        var entity = await context.Set<RatingEntity>().AsNoTracking().Include(r => r.Answers).Include(r => r.Choices).AsSplitQuery()
            .SingleOrDefaultAsync(which).ConfigureAwait(false);
        return entity is null ? null : RatingMapper.ToRating(entity);
    }

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Dossier {DossierCode} was rated concurrently by rating {RatingId}; the database refused the second rating")]
    private partial void LogSlotTaken(string? dossierCode, Guid ratingId);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Idempotency key {IdempotencyKey} was stored concurrently as rating {RatingId} ; nothing written")]
    private partial void LogRaceResolved(string idempotencyKey, Guid ratingId, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Trace, Message = "{Count} ratings written in one transaction")]
    private partial void LogGroupWritten(int count);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "A group of {Count} ratings was refused; writing them one by one")]
    private partial void LogGroupSplit(Exception exception, int count);
}
