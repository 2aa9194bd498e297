using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks;

/// <summary>
/// P4: verifying a chain of ratings already in memory, against the physical floor of hashing the
/// same bytes with SHA-256 and nothing else. Run:
/// <c>dotnet run -c Release --project tests/SatisfactionKit.Benchmarks -- --filter '*ChainVerification*'</c>
/// </summary>
[MemoryDiagnoser]
public class ChainVerificationBenchmarks
{
    private ChainedRating[] _chain = [];
    private byte[][] _encoded = [];

    [Params(100_000)]
    public int Ratings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var t0 = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var random = new Random(42);
        _chain = new ChainedRating[Ratings];
        ChainLink? previous = null;
        for (var i = 0; i < Ratings; i++)
        {
            var rating = new Rating
            {
                Id = Guid.CreateVersion7(t0.AddSeconds(i)),
                SchemeCode = "HANOI_2014",
                SchemeVersion = 1,
                Dossier = new DossierReference($"000.00.17.H29-260101-{i:0000000}", "1.001612", "UBND-Q1", $"CB-{random.Next(50):000}", $"QUAY-{random.Next(8):00}"),
                Channel = RatingChannel.CounterPad,
                Answers = [new("THONG_TIN_CSVC", "HL", 2, true), new("HO_SO", "HL", 2, true), new("THAI_DO", "HL", 2, true), new("THOI_GIAN_CHI_PHI", "HL", 2, true)],
                ResultReturnedAt = t0.AddSeconds(i - 30),
                SubmittedAt = t0.AddSeconds(i),
                DeviceId = "PAD-0001",
                IdempotencyKey = $"prompt:{i:N}",
            };
            previous = RatingChain.Append(previous, rating);
            _chain[i] = new ChainedRating(rating, previous);
        }

        _encoded = [.. _chain.Select(c => RatingEncoding.Encode(c.Rating))];
    }

    /// <summary>The floor: SHA-256 over each rating's encoded bytes, already encoded.</summary>
    [Benchmark(Baseline = true)]
    public int Sha256Only()
    {
        Span<byte> hash = stackalloc byte[32];
        var x = 0;
        foreach (var bytes in _encoded)
        {
            SHA256.HashData(bytes, hash);
            x ^= hash[0];
        }

        return x;
    }

    [Benchmark]
    public async Task<long> Verify() =>
        (await ChainVerifier.VerifyAsync("UBND-Q1", _chain.ToAsyncEnumerable())).LinksChecked;
}
