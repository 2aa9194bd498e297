using System.Collections.Concurrent;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Testing;

/// <summary>A test-only all-or-none batch store over <see cref="RecordingStores"/>: nothing reaches it before commit.</summary>
internal sealed class RecordingBatchStore(RecordingStores ratings) : IRatingBatchStore
{
    public ConcurrentQueue<RatingBatchInfo> Committed { get; } = new();

    public int Begun;

    public ValueTask<IRatingBatch> BeginAsync(RatingBatchInfo info, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Begun);
        return ValueTask.FromResult<IRatingBatch>(new Batch(this, info));
    }

    private sealed class Batch(RecordingBatchStore owner, RatingBatchInfo info) : IRatingBatch
    {
        private readonly List<Rating> _pending = [];

        public ValueTask AddRangeAsync(IReadOnlyList<Rating> ratings, CancellationToken cancellationToken = default)
        {
            _pending.AddRange(ratings);
            return ValueTask.CompletedTask;
        }

        public async ValueTask CommitAsync(CancellationToken cancellationToken = default)
        {
            foreach (var rating in _pending)
            {
                await owner._ratings.AddAsync(rating, cancellationToken);
            }

            owner.Committed.Enqueue(info);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private readonly RecordingStores _ratings = ratings;
}
