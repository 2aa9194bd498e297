using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks;

/// <summary>
/// P4: verifying chains of ratings already in memory (100,000 ratings over 40 units' chains, as the
/// stored data set spreads them), against the physical floor of hashing the same bytes with SHA-256
/// on one core and nothing else: OpenSSL's low-level SHA-256 (what links are hashed with on Linux),
/// and .NET's <see cref="SHA256.HashData(byte[])"/> for comparison. <see cref="Verify"/> walks the chains one after another,
/// <see cref="VerifyAll"/> in parallel (one per processor). Run:
/// <c>dotnet run -c Release --project tests/SatisfactionKit.Benchmarks -- --filter '*ChainVerification*'</c>
/// </summary>
[MemoryDiagnoser]
public class ChainVerificationBenchmarks
{
    private const int Units = 40;

    private string[] _keys = [];
    private Dictionary<string, List<ChainedRating>> _chains = [];
    private byte[][] _encoded = [];

    [Params(100_000)]
    public int Ratings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var t0 = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var random = new Random(42);
        _keys = [.. Enumerable.Range(1, Units).Select(u => $"UBND-{u:00}")];
        _chains = _keys.ToDictionary(k => k, _ => new List<ChainedRating>());
        var heads = new Dictionary<string, ChainLink>();
        var all = new List<ChainedRating>();
        for (var i = 0; i < Ratings; i++)
        {
            var unit = _keys[i % Units];
            var rating = new Rating
            {
                Id = Guid.CreateVersion7(t0.AddSeconds(i)),
                SchemeCode = "HANOI_2014",
                SchemeVersion = 1,
                Dossier = new DossierReference($"000.00.17.H29-260101-{i:0000000}", "1.001612", unit, $"CB-{random.Next(50):000}", $"QUAY-{random.Next(8):00}"),
                Channel = RatingChannel.CounterPad,
                Answers = [new("THONG_TIN_CSVC", "HL", 2, true), new("HO_SO", "HL", 2, true), new("THAI_DO", "HL", 2, true), new("THOI_GIAN_CHI_PHI", "HL", 2, true)],
                ResultReturnedAt = t0.AddSeconds(i - 30),
                SubmittedAt = t0.AddSeconds(i),
                DeviceId = "PAD-0001",
                IdempotencyKey = $"prompt:{i:N}",
            };
            var link = RatingChain.Append(heads.GetValueOrDefault(unit), rating);
            heads[unit] = link;
            _chains[unit].Add(new ChainedRating(rating, link));
            all.Add(_chains[unit][^1]);
        }

        _encoded = [.. all.Select(c => RatingEncoding.Encode(c.Rating))];
    }

    /// <summary>The floor: OpenSSL's low-level SHA-256 over each rating's encoded bytes, already encoded, on one core.</summary>
    [Benchmark(Baseline = true)]
    public int OpenSslSha256Only()
    {
        Span<byte> hash = stackalloc byte[32];
        var x = 0;
        foreach (var bytes in _encoded)
        {
            LinkSha256.HashWithOpenSsl(bytes, hash);
            x ^= hash[0];
        }

        return x;
    }

    /// <summary>The same through .NET's one-shot SHA-256 (OpenSSL's EVP layer on Linux).</summary>
    [Benchmark]
    public int DotNetSha256Only()
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

    /// <summary>The chains one after another, on one core.</summary>
    [Benchmark]
    public async Task<long> Verify()
    {
        long links = 0;
        foreach (var key in _keys)
        {
            links += (await ChainVerifier.VerifyAsync(key, _chains[key].ToAsyncEnumerable())).LinksChecked;
        }

        return links;
    }

    /// <summary>The chains in parallel, one per processor (<see cref="ChainVerificationOptions"/>' default).</summary>
    [Benchmark]
    public async Task<long> VerifyAll() =>
        (await ChainVerifier.VerifyAllAsync(_keys, (key, _) => _chains[key].ToAsyncEnumerable())).Sum(r => r.LinksChecked);
}
