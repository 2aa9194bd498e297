using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>
/// Verifies every rating chain in one pass of the tables (<see cref="IChainScanSource"/>), in whatever order the
/// database gives the rows: each link's own hash is checked as its rating arrives, on <c>parallelism</c> threads
/// while the scan reads on, and the linkage (each sequence once, each previous hash its predecessor's hash, the last
/// hash the head's) from what <see cref="ScannedChain"/> keeps, 33 bytes a rating. It only <em>confirms</em> chains:
/// a chain it does not find intact (or that has no head) is walked in sequence order afterwards, which reports its
/// first break exactly as before, so what is reported never depends on the path.
/// </summary>
internal static class ChainScan
{
    /// <summary>Batches waiting for the hashing threads, per thread: memory stays flat however large the tables.</summary>
    internal const int BatchesAheadPerThread = 2;

    /// <summary>The outcome: the chains found intact (with their link counts), and the key of every chain head and of every rating's chain.</summary>
    public sealed record Outcome(IReadOnlyDictionary<string, long> Intact, IReadOnlyCollection<string> ChainKeys);

    /// <summary>Scans every rating chain; null when the source gave up (every chain is then walked).</summary>
    public static async Task<Outcome?> RunAsync(
        DbContext context,
        IChainScanSource source,
        IReadOnlyDictionary<string, ChainCheckpoint> checkpoints,
        ChainCheckpointSigner? signer,
        int parallelism,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var batches = new BlockingCollection<List<RatingEntity>>(Math.Max(1, parallelism) * BatchesAheadPerThread);
        var chains = new Dictionary<string, ScannedChain>(StringComparer.Ordinal);
        var unheaded = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var workers = new List<Task>();
        long hashed = 0;

        var headed = new List<string>();
        void Heads(IReadOnlyList<ChainHeadEntity> heads)
        {
            // Every chain with a head is listed, whatever its kind: a chain whose rows are all gone is reported by its walk.
            headed.AddRange(heads.Select(h => h.ChainKey));
            foreach (var head in heads.Where(h => RecordChains.KindOf(h.ChainKey) == ChainKind.Ratings))
            {
                chains[head.ChainKey] = new ScannedChain(head.ChainKey, head.Sequence, head.Hash, checkpoints.GetValueOrDefault(head.ChainKey)?.Sequence);
            }

            for (var i = 0; i < Math.Max(1, parallelism); i++)
            {
                workers.Add(Task.Factory.StartNew(Hash, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
            }
        }

        void Hash()
        {
            try
            {
                var buffer = new ArrayBufferWriter<byte>(1024);
                var hash = new byte[32];
                foreach (var batch in batches.GetConsumingEnumerable(stop.Token))
                {
                    foreach (var entity in batch)
                    {
                        if (chains.TryGetValue(entity.ChainKey, out var chain))
                        {
                            var (link, sound) = Check(entity, buffer, hash);
                            chain.Add(link, sound);
                        }
                        else
                        {
                            unheaded.TryAdd(entity.ChainKey, 0);
                        }
                    }

                    var total = Interlocked.Add(ref hashed, batch.Count);
                    progress?.Report(total);
                }
            }
            catch (Exception) when (!stop.IsCancellationRequested)
            {
                // Stop the scan (its next batch waits on this token); the error surfaces from this task.
                stop.Cancel();
                throw;
            }
        }

        bool complete;
        try
        {
            complete = await source.ScanAsync(context, Heads, batch =>
            {
                // The heads come first (the contract): without them no hashing thread runs to take the batch.
                if (workers.Count == 0)
                {
                    throw new InvalidOperationException("The chain scan passed ratings before the chain heads.");
                }

                batches.Add(batch, stop.Token);
            }, stop.Token).ConfigureAwait(false);
        }
        finally
        {
            batches.CompleteAdding();
            // A hashing thread's failure is the cause of a cancelled scan: it surfaces first.
            await Task.WhenAll(workers).ConfigureAwait(false);
        }

        if (!complete)
        {
            return null;
        }

        var intact = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chain in chains.Values)
        {
            if (chain.IsIntact() && !unheaded.ContainsKey(chain.ChainKey)
                && (signer is null || !checkpoints.TryGetValue(chain.ChainKey, out var checkpoint) || signer.Check(checkpoint, chain.Watched).IsIntact))
            {
                intact[chain.ChainKey] = chain.Head;
            }
        }

        return new Outcome(intact, [.. headed.Union(unheaded.Keys, StringComparer.Ordinal)]);
    }

    /// <summary>Link <paramref name="entity"/>'s own checks, as <see cref="ChainVerifier"/> makes them in a walk.</summary>
    private static (ChainLink Link, bool Sound) Check(RatingEntity entity, ArrayBufferWriter<byte> buffer, byte[] hash)
    {
        var link = ChainWalk.LinkOf(entity);
        try
        {
            var chained = ChainWalk.Chained(entity, link);
            buffer.ResetWrittenCount();
            RatingEncoding.Encode(chained.Rating, buffer);
            RatingChain.ComputeHash(entity.ChainKey, entity.ChainSequence, entity.PreviousHash, buffer.WrittenSpan, hash);
            // Only encoding version 1 exists.
            return (link, hash.AsSpan().SequenceEqual(entity.Hash) && chained.StoredColumnsAgree && entity.EncodingVersion == RatingEncoding.CurrentVersion);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // A row the mapping refuses: the walk meets it too, and reports (or throws) as it always has.
            return (link, false);
        }
    }
}
