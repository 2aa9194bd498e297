namespace SatisfactionKit.Reports;

/// <summary>A place a procedure's survey forms go to: a district, and optionally a commune or office in it.</summary>
/// <param name="District">The district (or city, or department).</param>
/// <param name="Commune">The commune, ward or branch, if the survey goes below the district.</param>
/// <param name="Weight">Its share relative to the procedure's other places. Default 1.</param>
public sealed record AllocationTarget(string District, string? Commune = null, decimal Weight = 1m);
