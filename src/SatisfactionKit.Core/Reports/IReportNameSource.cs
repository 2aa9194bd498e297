namespace SatisfactionKit.Reports;

/// <summary>
/// The vendor's names for the codes its dossiers carry, so that reports show people names rather than codes: the
/// procedures (thủ tục hành chính), as the one-stop software keeps them from the national catalogue, and the officers
/// (cán bộ) its staff table holds.
/// Optional: register one (<c>services.AddSingleton&lt;IReportNameSource, …&gt;()</c>) and the report builder asks it once
/// per report for the codes that report holds; without one, a code is shown as itself.
/// </summary>
public interface IReportNameSource
{
    /// <summary>Procedure code → Vietnamese name, for those of <paramref name="procedureCodes"/> the vendor knows.</summary>
    ValueTask<IReadOnlyDictionary<string, string>> GetProcedureNamesAsync(IReadOnlyCollection<string> procedureCodes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Officer id → name, for those of <paramref name="officerIds"/> the vendor knows. By default none (every officer
    /// shows as its id), so that a source written before officers were named still compiles and works.
    /// </summary>
    ValueTask<IReadOnlyDictionary<string, string>> GetOfficerNamesAsync(IReadOnlyCollection<string> officerIds, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, string>>(System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty);
}
