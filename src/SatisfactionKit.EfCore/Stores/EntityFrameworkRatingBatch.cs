using System.Buffers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// An open batch: ratings are written chunk by chunk inside one transaction (so a large file is
/// never held in memory), chained as they are written, and become visible only on commit.
/// </summary>
/// <remarks>
/// A rating whose idempotency key is already stored, or was already added to this batch, is
/// skipped, as <see cref="IRatingStore.AddAsync"/> does: importing the same file twice stores it once.
/// The heads of the chains the batch appends to stay locked until it ends, so counters of those
/// units wait for the batch (on SQLite every writer does, as for any write transaction).
/// </remarks>
internal sealed partial class EntityFrameworkRatingBatch : IRatingBatch
{
    private readonly AsyncServiceScope _scope;
    private readonly DbContext _context;
    private readonly IDbContextTransaction _transaction;
    private readonly RatingBatchInfo _info;
    private readonly ILogger _logger;
    private readonly IRatingChunkWriter _writer;
    private readonly RatingUniqueness _uniqueness;
    private readonly RollupCalculator _rollups;
    private readonly RollupDelta _delta = new();
    private readonly Dictionary<string, (long Sequence, byte[] Hash)> _heads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private int _stored;
    private int _skipped;
    private bool _ended;

    internal EntityFrameworkRatingBatch(AsyncServiceScope scope, DbContext context, IDbContextTransaction transaction, RatingBatchInfo info, IRatingChunkWriter writer, RollupCalculator rollups, RatingUniqueness uniqueness, ILogger logger)
    {
        _rollups = rollups;
        _writer = writer;
        _uniqueness = uniqueness;
        _scope = scope;
        _context = context;
        _transaction = transaction;
        _info = info;
        _logger = logger;
    }

    public async ValueTask AddRangeAsync(IReadOnlyList<Rating> ratings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ObjectDisposedException.ThrowIf(_ended, this);
        var keys = ratings.Select(r => r.IdempotencyKey).ToArray();
        var stored = (await _context.Set<RatingEntity>().AsNoTracking().Where(r => keys.Contains(r.IdempotencyKey))
            .Select(r => r.IdempotencyKey).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var chunk = new List<RatingEntity>(ratings.Count);

        foreach (var rating in ratings)
        {
            ArgumentException.ThrowIfNullOrEmpty(rating.IdempotencyKey, nameof(ratings));
            if (stored.Contains(rating.IdempotencyKey) || !_keys.Add(rating.IdempotencyKey))
            {
                _skipped++;
                continue;
            }

            var entity = RatingMapper.ToEntity(rating, _uniqueness);
            var chainKey = ChainHeads.KeyOf(entity);
            if (!_heads.TryGetValue(chainKey, out var head))
            {
                head = await ChainHeads.LockAsync(_context, chainKey, cancellationToken).ConfigureAwait(false);
            }

            ChainHeads.Link(entity, chainKey, head.Sequence, head.Hash, _buffer);
            _heads[chainKey] = (entity.ChainSequence, entity.Hash);
            chunk.Add(entity);
            _rollups.Add(_delta, entity);
            _stored++;
        }

        if (chunk.Count > 0)
        {
            await _writer.WriteAsync(_context, chunk, cancellationToken).ConfigureAwait(false);
            // Each chunk's cells as it goes, so that a large file's cells are not held in memory; the batch's
            // transaction keeps them, like its ratings, invisible until the commit.
            await _writer.WriteRollupsAsync(_context, _delta, cancellationToken).ConfigureAwait(false);
            _delta.Clear();
        }
    }

    public async ValueTask CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_ended, this);
        foreach (var (chainKey, head) in _heads)
        {
            await ChainHeads.MoveAsync(_context, chainKey, head.Sequence, head.Hash, cancellationToken).ConfigureAwait(false);
        }

        _context.Set<RatingBatchEntity>().Add(new RatingBatchEntity
        {
            Id = Guid.CreateVersion7(),
            BatchId = _info.BatchId,
            EnteredBy = _info.EnteredBy,
            SourceName = _info.SourceName,
            ImportedAt = RatingMapper.Microseconds(_info.ImportedAt),
            RatingCount = _stored,
        });
        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _ended = true;
        LogCommitted(_info.BatchId, _stored, _skipped, _heads.Count);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ended)
        {
            LogAbandoned(_info.BatchId, _stored);
            _ended = true;
        }

        // Disposing an uncommitted transaction rolls it back: nothing of the batch remains.
        await _transaction.DisposeAsync().ConfigureAwait(false);
        await _scope.DisposeAsync().ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Rating batch {BatchId} committed: {Stored} ratings stored, {Skipped} already stored, {Chains} chains appended")]
    private partial void LogCommitted(string batchId, int stored, int skipped, int chains);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Rating batch {BatchId} ended without commit: its {Written} ratings were rolled back")]
    private partial void LogAbandoned(string batchId, int written);
}
