using SatisfactionKit.Reports;

namespace SatisfactionKit.EfCore.Tests.Reports;

/// <summary>The vendor's procedure and officer names, in memory; records which codes the report builder asked for.</summary>
internal sealed class FixedProcedureNames(IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string>? officers = null) : IReportNameSource
{
    public List<string[]> Asked { get; } = [];

    public List<string[]> AskedOfficers { get; } = [];

    public ValueTask<IReadOnlyDictionary<string, string>> GetProcedureNamesAsync(IReadOnlyCollection<string> procedureCodes, CancellationToken cancellationToken = default)
    {
        Asked.Add([.. procedureCodes]);
        return ValueTask.FromResult<IReadOnlyDictionary<string, string>>(procedureCodes.Where(names.ContainsKey).ToDictionary(c => c, c => names[c]));
    }

    public ValueTask<IReadOnlyDictionary<string, string>> GetOfficerNamesAsync(IReadOnlyCollection<string> officerIds, CancellationToken cancellationToken = default)
    {
        AskedOfficers.Add([.. officerIds]);
        var known = officers ?? new Dictionary<string, string>();
        return ValueTask.FromResult<IReadOnlyDictionary<string, string>>(officerIds.Where(known.ContainsKey).ToDictionary(c => c, c => known[c]));
    }
}
