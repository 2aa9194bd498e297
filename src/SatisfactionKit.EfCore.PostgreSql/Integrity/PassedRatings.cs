using System.Runtime.InteropServices;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Integrity;

/// <summary>
/// The ids of the ratings <see cref="PhysicalOrderMerge"/> has passed on, as a Bloom filter (10 bits a rating, three
/// probes: about 1.7 % false positives): it tells a row read after its rating (late, whose rating will not come again)
/// from a row read before it. A false positive only makes the merge read on past a row that was early, which it then
/// still joins when its rating comes; it never changes what is verified.
/// </summary>
internal sealed class PassedRatings
{
    private readonly ulong[] _bits;
    private readonly ulong _mask;

    public PassedRatings(long expected)
    {
        var bits = Math.Max(1L << 16, expected * 10);
        var size = 1L << (64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)bits - 1));
        _bits = new ulong[size / 64];
        _mask = (ulong)size - 1;
    }

    public void Add(Guid id)
    {
        var (h1, h2) = Hashes(id);
        for (var i = 0UL; i < 3; i++)
        {
            var bit = (h1 + (i * h2)) & _mask;
            _bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    public bool MayContain(Guid id)
    {
        var (h1, h2) = Hashes(id);
        for (var i = 0UL; i < 3; i++)
        {
            var bit = (h1 + (i * h2)) & _mask;
            if ((_bits[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two 64-bit hashes of the id's 16 bytes (a version 7 id's leading bytes are a timestamp: mix them all).</summary>
    private static (ulong, ulong) Hashes(Guid id)
    {
        var halves = MemoryMarshal.Cast<Guid, ulong>(MemoryMarshal.CreateReadOnlySpan(ref id, 1));
        var h1 = Mix(halves[0] ^ (halves[1] * 0x9E3779B97F4A7C15UL));
        var h2 = Mix(halves[1] + 0x632BE59BD9B4E019UL) | 1;
        return (h1, h2);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
