using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>
/// Reads one chain a page at a time and remembers what the checks after the walk need. The pages are read
/// by a task of their own into a bounded channel (<see cref="PagesAhead"/> pages) while the ratings of the
/// pages before are mapped and hashed, so that reading (the database's time) and hashing (ours) overlap
/// instead of adding up, and memory stays flat however long the chain.
/// </summary>
internal sealed class ChainWalk(IChainPageSource pages, long? watchedSequence)
{
    /// <summary>Pages read ahead of the hashing: enough to keep the reader busy through a slow page, few enough to bound memory.</summary>
    internal const int PagesAhead = 2;

    private byte[] _previousHash = RatingChain.Genesis.ToArray();

    public bool CurrentFollowsPrevious { get; private set; } = true;

    public byte[] LastHash => _previousHash;

    public Guid? LastRatingId { get; private set; }

    public ChainLink? Watched { get; private set; }

    /// <summary>The ratings of <paramref name="chainKey"/> up to sequence <paramref name="last"/>, in chain order. The context is the reader's until the enumeration ends.</summary>
    public async IAsyncEnumerable<ChainedRating> ReadAsync(DbContext context, string chainKey, long last, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<List<RatingEntity>>(new BoundedChannelOptions(PagesAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadPagesAsync(context, chainKey, last, channel.Writer, stop.Token, cancellationToken), CancellationToken.None);
        try
        {
            // A failed read completes the channel with its exception, which surfaces here.
            await foreach (var page in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var entity in page)
                {
                    yield return Link(entity);
                }
            }
        }
        finally
        {
            // The verifier stopped (a break found) or failed: stop the reader at its next page and wait for it,
            // as the context is used again after the walk. Its error, if any, was already delivered through the channel.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await reading.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Delivered (or irrelevant once the walk stopped).
            }
        }
    }

    private ChainedRating Link(RatingEntity entity)
    {
        var link = LinkOf(entity);
        CurrentFollowsPrevious = entity.PreviousHash.AsSpan().SequenceEqual(_previousHash);
        _previousHash = entity.Hash;
        LastRatingId = entity.Id;
        if (entity.ChainSequence == watchedSequence)
        {
            Watched = link;
        }

        return Chained(entity, link);
    }

    /// <summary><paramref name="entity"/> as the verifier checks it: its rating, its link and whether its stored columns agree with the rating.</summary>
    internal static ChainedRating Chained(RatingEntity entity, ChainLink link)
    {
        var rating = RatingMapper.ToRating(entity);
        // The satisfied flag the reports count is a column of its own: it must say what the hashed answers say.
        return new ChainedRating(rating, link) { StoredColumnsAgree = entity.IsSatisfied == rating.IsSatisfied };
    }

    /// <summary>The link columns of <paramref name="entity"/>.</summary>
    internal static ChainLink LinkOf(RatingEntity entity) =>
        new(entity.Id, entity.ChainKey, entity.ChainSequence, entity.PreviousHash, entity.Hash, entity.EncodingVersion);

    /// <summary>
    /// Reads the pages into <paramref name="writer"/>. <paramref name="stop"/> is checked between pages only: a page
    /// read is never cut in the middle (a COPY broken off mid-stream could leave the connection unusable).
    /// </summary>
    private async Task ReadPagesAsync(DbContext context, string chainKey, long last, ChannelWriter<List<RatingEntity>> writer, CancellationToken stop, CancellationToken cancellationToken)
    {
        Exception? error = null;
        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Pages are sequence ranges, not row counts: portable SQL (no LIMIT/TOP), and a duplicated
                // sequence number always lands in one page with its twin.
                var size = pages.PageSize(context);
                long after = 0;
                while (after < last && !stop.IsCancellationRequested)
                {
                    var upTo = Math.Min(last, after + size);
                    var page = await pages.ReadAsync(context, chainKey, after, upTo, cancellationToken).ConfigureAwait(false);
                    after = upTo;
                    if (page.Count == 0)
                    {
                        // A gap (deleted ratings, or a head moved far ahead): jump to the next stored
                        // sequence instead of reading empty ranges one by one.
                        var next = await context.Set<RatingEntity>().AsNoTracking().Where(r => r.ChainKey == chainKey && r.ChainSequence > upTo && r.ChainSequence <= last)
                            .MinAsync(r => (long?)r.ChainSequence, cancellationToken).ConfigureAwait(false);
                        if (next is null)
                        {
                            break;
                        }

                        after = next.Value - 1;
                        continue;
                    }

                    await writer.WriteAsync(page, stop).ConfigureAwait(false);
                }
            }
            finally
            {
                await context.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The walk stopped: nobody reads any more.
        }
        catch (Exception e)
        {
            error = e;
        }
        finally
        {
            writer.TryComplete(error);
        }
    }
}
