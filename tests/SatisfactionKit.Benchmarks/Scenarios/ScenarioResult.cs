using System.Globalization;
using System.Text;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>The figures one scenario run measured, by name (e.g. <c>library.p99.ms</c>, <c>ratio.p99</c>).</summary>
public sealed class ScenarioResult(string scenario)
{
    private readonly List<KeyValuePair<string, double>> _figures = [];

    public string Scenario { get; } = scenario;

    public IReadOnlyList<KeyValuePair<string, double>> Figures => _figures;

    public double this[string name] => _figures.Single(f => f.Key == name).Value;

    public ScenarioResult Add(string name, double value)
    {
        _figures.Add(new(name, value));
        return this;
    }

    /// <summary>Adds <c>{prefix}.median.ms</c>, <c>.p99.ms</c>, <c>.max.ms</c> and <c>.count</c> of a latency sample.</summary>
    public ScenarioResult AddLatencies(string prefix, List<double> milliseconds)
    {
        return Add($"{prefix}.median.ms", Percentile(milliseconds, 0.50))
            .Add($"{prefix}.p99.ms", Percentile(milliseconds, 0.99))
            .Add($"{prefix}.max.ms", milliseconds.Max())
            .Add($"{prefix}.count", milliseconds.Count);
    }

    /// <summary>The nearest-rank percentile.</summary>
    public static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public override string ToString()
    {
        var text = new StringBuilder().Append("scenario ").AppendLine(Scenario);
        foreach (var (name, value) in _figures)
        {
            text.Append("  ").Append(name.PadRight(36)).AppendLine(value.ToString("0.###", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
