namespace SatisfactionKit.Integrity;

/// <summary>What kind of break a chain verification found.</summary>
public enum ChainBreak
{
    /// <summary>A rating's (or a prompt record's, or a stray press's) content no longer matches its hash: a field was changed.</summary>
    ModifiedRating = 0,

    /// <summary>A sequence number is missing: a rating (or record) was deleted.</summary>
    MissingRating = 1,

    /// <summary>A link does not follow the one before it: a rating was inserted or ratings were reordered.</summary>
    BrokenLink = 2,

    /// <summary>A sequence number appears twice.</summary>
    DuplicateSequence = 3,

    /// <summary>The chain does not match a signed checkpoint exported earlier: it was rewritten.</summary>
    CheckpointMismatch = 4,

    /// <summary>
    /// A prompt record or stray press of the chain's unit is stored without a link (written before its
    /// table was chained, or inserted around the store): the chain cannot vouch for it, and reports count it.
    /// </summary>
    UnchainedRecord = 5,
}
