namespace SatisfactionKit.Integrity;

/// <summary>
/// The hash chains of the rows reports count besides ratings: prompt records (response rates) and stray
/// presses. Each unit has one chain of each, beside its ratings' chain, so that they append under a head
/// lock of their own; links are made as for ratings (<see cref="RatingChain.ComputeHash(string, long, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>)
/// over <see cref="PromptRecordEncoding"/> or <see cref="StrayPressEncoding"/>.
/// </summary>
public static class RecordChains
{
    /// <summary>The prefix of prompt-record chain keys.</summary>
    public const string PromptPrefix = "prompts:";

    /// <summary>The prefix of stray-press chain keys.</summary>
    public const string StrayPrefix = "strays:";

    /// <summary>The chain of the prompt records of <paramref name="unitCode"/>: <c>prompts:{unit}</c>.</summary>
    public static string PromptKeyOf(string unitCode)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        return PromptPrefix + unitCode;
    }

    /// <summary>The chain of the stray presses of <paramref name="unitCode"/>: <c>strays:{unit}</c>, or <c>strays:</c> for presses that named no unit.</summary>
    public static string StrayKeyOf(string? unitCode) => StrayPrefix + unitCode;

    /// <summary>What the links of the chain <paramref name="chainKey"/> stand for.</summary>
    public static ChainKind KindOf(string chainKey)
    {
        ArgumentNullException.ThrowIfNull(chainKey);
        return chainKey.StartsWith(PromptPrefix, StringComparison.Ordinal) ? ChainKind.PromptRecords
            : chainKey.StartsWith(StrayPrefix, StringComparison.Ordinal) ? ChainKind.StrayPresses
            : ChainKind.Ratings;
    }
}
