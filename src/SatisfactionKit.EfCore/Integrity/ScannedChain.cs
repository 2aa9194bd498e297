using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>
/// What a one-pass scan (<see cref="ChainScan"/>) keeps of one chain to decide, once every row has been seen in any
/// order, that the chain is intact exactly as a walk in sequence order would find it: each sequence 1 … head seen
/// once, each link's own hash right, and each previous hash equal to its predecessor's hash.
/// </summary>
/// <remarks>
/// The linkage is checked without storing both hashes of a link: slot <c>n</c> accumulates, by exclusive or,
/// link <c>n</c>'s hash and link <c>n + 1</c>'s previous hash (and, for the last slot, the head's hash), so that a
/// slot that received exactly its two values is zero if and only if they are equal. That is 32 bytes a link plus
/// one byte counting the links seen at that sequence: 33 bytes a rating, in chunks of <see cref="ChunkSlots"/>.
/// A chain that does not pass is walked afterwards, which names its first break as it always has.
/// </remarks>
internal sealed class ScannedChain
{
    /// <summary>Slots per chunk: 2 MB of hashes, so no chunk lands in one huge array however long the chain.</summary>
    internal const int ChunkSlots = 1 << 16;

    private const int HashSize = 32;

    private readonly Lock _gate = new();
    private readonly byte[][] _hashes;
    private readonly byte[][] _seen;
    private readonly long _watchedSequence;
    private bool _failed;

    public ScannedChain(string chainKey, long headSequence, ReadOnlySpan<byte> headHash, long? watchedSequence)
    {
        ChainKey = chainKey;
        Head = headSequence;
        _watchedSequence = watchedSequence ?? 0;
        var chunks = (int)((headSequence + ChunkSlots - 1) / ChunkSlots);
        _hashes = new byte[chunks][];
        _seen = new byte[chunks][];
        for (var c = 0; c < chunks; c++)
        {
            var slots = (int)Math.Min(ChunkSlots, headSequence - ((long)c * ChunkSlots));
            _hashes[c] = new byte[slots * HashSize];
            _seen[c] = new byte[slots];
        }

        if (headSequence > 0)
        {
            // The last link's hash must equal the head's: the head's hash stands in for the previous hash of a link after it.
            _failed = headHash.Length != HashSize;
            Xor(headSequence, _failed ? new byte[HashSize] : headHash);
        }
    }

    public string ChainKey { get; }

    /// <summary>The head's sequence in the scan's snapshot: the links an intact chain has.</summary>
    public long Head { get; }

    /// <summary>The link at the checkpoint's sequence, for the checkpoint check after the scan.</summary>
    public ChainLink? Watched { get; private set; }

    /// <summary>Records link <paramref name="link"/>, whose own checks (hash, encoding version, stored columns) gave <paramref name="linkIsSound"/>.</summary>
    public void Add(ChainLink link, bool linkIsSound)
    {
        lock (_gate)
        {
            if (_failed)
            {
                return;
            }

            // A link outside 1 … head (forged past the head, or numbered 0 or below), or a broken one: the walk decides.
            if (!linkIsSound || link.Sequence < 1 || link.Sequence > Head || link.PreviousHash.Length != HashSize || link.Hash.Length != HashSize)
            {
                _failed = true;
                return;
            }

            ref var seen = ref _seen[(int)((link.Sequence - 1) / ChunkSlots)][(int)((link.Sequence - 1) % ChunkSlots)];
            if (seen != 0)
            {
                _failed = true;
                return;
            }

            seen = 1;
            Xor(link.Sequence, link.Hash);
            if (link.Sequence == 1)
            {
                _failed |= !link.PreviousHash.AsSpan().SequenceEqual(RatingChain.Genesis.Span);
            }
            else
            {
                Xor(link.Sequence - 1, link.PreviousHash);
            }

            if (link.Sequence == _watchedSequence)
            {
                Watched = link;
            }
        }
    }

    /// <summary>After the scan: every sequence 1 … head seen once, every link sound and every slot's two values equal.</summary>
    public bool IsIntact()
    {
        lock (_gate)
        {
            if (_failed)
            {
                return false;
            }

            for (var c = 0; c < _seen.Length; c++)
            {
                if (_seen[c].AsSpan().ContainsAnyExcept((byte)1) || _hashes[c].AsSpan().ContainsAnyExcept((byte)0))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private void Xor(long sequence, ReadOnlySpan<byte> value)
    {
        var slot = _hashes[(int)((sequence - 1) / ChunkSlots)].AsSpan((int)((sequence - 1) % ChunkSlots) * HashSize, HashSize);
        for (var i = 0; i < HashSize; i++)
        {
            slot[i] ^= value[i];
        }
    }
}
