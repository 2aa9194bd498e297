using BenchmarkDotNet.Attributes;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Benchmarks;

/// <summary>How long checking and reading a scheme takes (done once per scheme at start-up).</summary>
[MemoryDiagnoser]
public class SchemeValidationBenchmarks
{
    private readonly string _sipasJson = RatingSchemeJson.Serialize(RatingSchemes.Sipas22);

    [Benchmark(Baseline = true)]
    public bool ValidateSipas() => RatingSchemeValidator.Instance.Validate(RatingSchemes.Sipas22).IsValid;

    [Benchmark]
    public RatingScheme ReadSipasFromJson() => RatingSchemeJson.Deserialize(_sipasJson);
}
