namespace SatisfactionKit.Reports;

/// <summary>
/// The names a report shows beside its codes: units (from the unit registry, as of the end of the period),
/// criteria and factors (from the scheme), procedures and officers (from the vendor's <see cref="IReportNameSource"/>). A code without a name is shown as the code. Codes stay in their own column; a name
/// is for people.
/// </summary>
/// <param name="Units">Unit code → Vietnamese name.</param>
/// <param name="Criteria">Criterion code → Vietnamese label (the "criterion not stated" answer included).</param>
public sealed record ReportNames(IReadOnlyDictionary<string, string> Units, IReadOnlyDictionary<string, string> Criteria)
{
    /// <summary>No names: every code shows as itself.</summary>
    public static ReportNames None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>The unit's name, or its code when the registry does not have it.</summary>
    public string Unit(string? code) => code is not null && Units.TryGetValue(code, out var name) ? name : code ?? string.Empty;

    /// <summary>The criterion's label, or its code when the scheme does not have it.</summary>
    public string Criterion(string code) => Criteria.TryGetValue(code, out var name) ? name : code;

    /// <summary>Factor code → Vietnamese name (from a scheme with factors, e.g. SIPAS); empty otherwise.</summary>
    public IReadOnlyDictionary<string, string> Factors { get; init; } = new Dictionary<string, string>();

    /// <summary>The factor's name, or its code when the scheme does not have it.</summary>
    public string Factor(string code) => Factors.TryGetValue(code, out var name) ? name : code;

    /// <summary>Procedure code → Vietnamese name, from the vendor's <see cref="IReportNameSource"/>; empty without one.</summary>
    public IReadOnlyDictionary<string, string> Procedures { get; init; } = new Dictionary<string, string>();

    /// <summary>The procedure's name, or its code when the vendor's source does not have it.</summary>
    public string Procedure(string? code) => code is not null && Procedures.TryGetValue(code, out var name) ? name : code ?? string.Empty;

    /// <summary>Officer id → name, from the vendor's <see cref="IReportNameSource"/>; empty without one, or when it names no officers.</summary>
    public IReadOnlyDictionary<string, string> Officers { get; init; } = new Dictionary<string, string>();

    /// <summary>The officer's name, or the id when the vendor's source does not have it.</summary>
    public string Officer(string? id) => id is not null && Officers.TryGetValue(id, out var name) ? name : id ?? string.Empty;
}
