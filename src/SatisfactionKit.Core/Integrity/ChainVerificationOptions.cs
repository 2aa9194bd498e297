namespace SatisfactionKit.Integrity;

/// <summary>How chains are verified when several are verified at once.</summary>
public sealed class ChainVerificationOptions
{
    /// <summary>
    /// How many chains are verified at the same time; by default one per processor. Chains are
    /// independent (one per unit), so each one's walk, hashing and first-break report are unchanged.
    /// </summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;
}
