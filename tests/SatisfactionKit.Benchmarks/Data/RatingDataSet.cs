using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Benchmarks.Data;

/// <summary>
/// The benchmarks' data: paper-form ratings under the Hà Nội 2014 scheme (four criteria, so four
/// answer rows per rating), spread over <see cref="Units"/> units, 50 officers and 8 counters each,
/// and over the twelve months of 2026. The same seed and index always give the same rating, so every
/// data set can be regenerated exactly (<c>-- generate --size N --seed S</c>).
/// </summary>
public static class RatingDataSet
{
    public const int DefaultSeed = 20261123;

    public const int Units = 40;

    public static DateTimeOffset YearStart { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

    private static readonly RatingScheme Scheme = RatingSchemes.Hanoi2014;

    /// <summary>The code of unit <paramref name="index"/> (0 .. <see cref="Units"/>-1).</summary>
    public static string UnitCode(int index) => $"UBND-{index:000}";

    /// <summary>
    /// Rating number <paramref name="index"/> of the stored data set (<c>generate</c>): <see cref="Rating"/>, but one
    /// in fifty is the citizen of the rating before rating the same dossier again online a few hours later (its
    /// own channel's slot), so the data holds dossiers rated on two channels, as a province's does.
    /// </summary>
    public static Rating ProvinceRating(int seed, long index)
    {
        var rating = Rating(seed, index);
        var random = new Random(Mix(seed ^ 0x5EC0D, index));
        if (index == 0 || random.Next(50) != 0)
        {
            return rating;
        }

        var first = Rating(seed, index - 1);
        var at = first.SubmittedAt.AddSeconds(random.Next(3600, 48 * 3600));
        return rating with
        {
            Id = Version7(at, index, random),
            Dossier = first.Dossier,
            Channel = RatingChannel.Online,
            ResultReturnedAt = first.ResultReturnedAt,
            SubmittedAt = at,
        };
    }

    /// <summary>Rating number <paramref name="index"/> of the paper forms of <paramref name="seed"/>.</summary>
    public static Rating Rating(int seed, long index)
    {
        // One small generator per rating, seeded from (seed, index): any rating can be made alone, in
        // any order and on any thread, and is the same every time. (HashCode.Combine, used before, is
        // seeded randomly per process, so every run made other rows: P3's month count moved between runs.)
        var random = new Random(Mix(seed, index));
        var unit = random.Next(Units);
        // Whole seconds: the databases keep microseconds at most, and the hash covers the stored time.
        var submittedAt = YearStart.AddSeconds(random.Next(365 * 24 * 3600));
        var id = Version7(submittedAt, index, random);
        var answers = new RatingAnswer[Scheme.Criteria.Count];
        for (var c = 0; c < answers.Length; c++)
        {
            // About one answer in ten is "dissatisfied", as in the pilot units' data.
            var level = Scheme.Levels[random.Next(10) == 0 ? 0 : 1];
            answers[c] = new RatingAnswer(Scheme.Criteria[c].Code, level.Code, level.Value, level.IsSatisfied);
        }

        return new Rating
        {
            Id = id,
            SchemeCode = Scheme.Code,
            SchemeVersion = Scheme.Version,
            Dossier = new DossierReference(
                $"000.00.{unit:00}.H29-{submittedAt:yyMMdd}-{index:00000000}",
                $"1.{random.Next(1000, 1100):000000}",
                UnitCode(unit),
                $"CB-{random.Next(50):000}",
                $"QUAY-{random.Next(8):00}"),
            Channel = RatingChannel.Paper,
            Answers = answers,
            ResultReturnedAt = submittedAt.AddMinutes(-random.Next(1, 120)),
            SubmittedAt = submittedAt,
            IdempotencyKey = $"paper:{seed}:{index}",
        };
    }

    /// <summary>
    /// SplitMix64's finaliser over (seed, index): a fixed function, unlike <see cref="HashCode"/>, and
    /// consecutive indexes give unrelated seeds (System.Random's first values follow close seeds closely).
    /// </summary>
    private static int Mix(int seed, long index)
    {
        var z = unchecked(((ulong)(uint)seed << 40) ^ (ulong)index) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }

    /// <summary>
    /// A version 7 GUID for <paramref name="at"/> that is the same for the same rating and unique in the
    /// data set: the millisecond timestamp, then 12 bits from <paramref name="random"/>, then the rating's
    /// index in the 62 bits after the variant. (Two indexes can share a generator: its seed is 32 bits.)
    /// </summary>
    private static Guid Version7(DateTimeOffset at, long index, Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        var randomBits = random.Next(1 << 12);
        bytes[6] = (byte)(0x70 | (randomBits >> 8));
        bytes[7] = (byte)randomBits;
        for (var i = 0; i < 8; i++)
        {
            bytes[8 + i] = (byte)(index >> (8 * (7 - i)));
        }

        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Ratings <paramref name="start"/> .. <paramref name="start"/>+<paramref name="count"/>-1 (paper forms, or with <paramref name="province"/> the stored data set's).</summary>
    public static Rating[] Ratings(int seed, long start, int count, bool province = false)
    {
        var ratings = new Rating[count];
        for (var i = 0; i < count; i++)
        {
            ratings[i] = province ? ProvinceRating(seed, start + i) : Rating(seed, start + i);
        }

        return ratings;
    }
}
