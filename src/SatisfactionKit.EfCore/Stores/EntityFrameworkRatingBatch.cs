using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// One open batch: ratings are inserted chunk by chunk inside the transaction (the change tracker is
/// cleared after each chunk, so memory stays flat however large the file), and become visible only at
/// <see cref="CommitAsync"/>. Disposed without a commit, the transaction rolls back and nothing is stored.
/// </summary>
internal sealed class EntityFrameworkRatingBatch(
    AsyncServiceScope scope,
    DbContext context,
    IDbContextTransaction transaction,
    RatingBatchInfo info,
    TimeProvider time) : IRatingBatch
{
    private int _count;
    private bool _committed;
    private bool _failed;

    public async ValueTask AddRangeAsync(IReadOnlyList<Rating> ratings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        EnsureOpen();
        var set = context.Set<RatingEntity>();
        foreach (var rating in ratings)
        {
            ArgumentException.ThrowIfNullOrEmpty(rating.IdempotencyKey, nameof(ratings));
            set.Add(RatingMapper.ToEntity(rating));
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex)
        {
            _failed = true;
            throw await DescribeAsync(ratings, ex, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            context.ChangeTracker.Clear();
        }

        _count += ratings.Count;
    }

    public async ValueTask CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        context.Set<RatingBatchEntity>().Add(new RatingBatchEntity
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            BatchId = info.BatchId,
            EnteredBy = info.EnteredBy,
            SourceName = info.SourceName,
            ImportedAt = info.ImportedAt.UtcDateTime,
            RatingCount = _count,
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        // Without a commit, disposing the transaction rolls it back: nothing of the batch is stored.
        await transaction.DisposeAsync().ConfigureAwait(false);
        await scope.DisposeAsync().ConfigureAwait(false);
    }

    private void EnsureOpen()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        if (_failed)
        {
            throw new InvalidOperationException("Lô đánh giá đã lỗi và sẽ không được lưu; hãy bắt đầu lại. / The rating batch failed and will store nothing; begin a new one.");
        }
    }

    /// <summary>
    /// A duplicate idempotency key means these forms (the same survey batch and row) were imported before:
    /// say which, in both languages; any other failure is passed on as it is.
    /// </summary>
    private async Task<Exception> DescribeAsync(IReadOnlyList<Rating> ratings, DbUpdateException ex, CancellationToken cancellationToken)
    {
        var keys = ratings.Select(r => r.IdempotencyKey).ToList();
        string? existing;
        var lookup = scope.ServiceProvider.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        await using (lookup.ConfigureAwait(false))
        {
            // Outside the failed transaction (PostgreSQL refuses any statement in it after an error).
            var outside = (DbContext)lookup.ServiceProvider.GetRequiredService(context.GetType());
            existing = await outside.Set<RatingEntity>().AsNoTracking()
                .Where(r => keys.Contains(r.IdempotencyKey))
                .OrderBy(r => r.IdempotencyKey)
                .Select(r => r.IdempotencyKey)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
        }

        var duplicate = existing ?? keys.GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        return duplicate is null
            ? ex
            : new DuplicateRatingException(
                $"Đợt khảo sát '{info.BatchId}' ({info.SourceName}): phiếu '{duplicate}' đã được nhập trước đó; không lưu gì của tệp này. / " +
                $"Survey batch '{info.BatchId}' ({info.SourceName}): form '{duplicate}' was imported before; nothing of this file is stored.",
                duplicate,
                ex);
    }
}
