namespace SatisfactionKit.Reports;

/// <summary>The forms one procedure sends to one place.</summary>
/// <param name="ProcedureCode">The procedure surveyed.</param>
/// <param name="Target">The place.</param>
/// <param name="Forms">The number of forms.</param>
public sealed record AllocationLine(string ProcedureCode, AllocationTarget Target, int Forms);
