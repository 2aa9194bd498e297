using SatisfactionKit.Reports;

namespace SatisfactionKit.EfCore.Tests.Reports;

/// <summary>The vendor's procedure names, in memory; records which codes the report builder asked for.</summary>
internal sealed class FixedProcedureNames(IReadOnlyDictionary<string, string> names) : IReportNameSource
{
    public List<string[]> Asked { get; } = [];

    public ValueTask<IReadOnlyDictionary<string, string>> GetProcedureNamesAsync(IReadOnlyCollection<string> procedureCodes, CancellationToken cancellationToken = default)
    {
        Asked.Add([.. procedureCodes]);
        return ValueTask.FromResult<IReadOnlyDictionary<string, string>>(procedureCodes.Where(names.ContainsKey).ToDictionary(c => c, c => names[c]));
    }
}
