namespace SatisfactionKit.Integrity;

/// <summary>What the links of a hash chain stand for; told apart by the chain's key (<see cref="RecordChains.KindOf"/>).</summary>
public enum ChainKind
{
    /// <summary>Ratings, with their answers and choices: a unit's chain (its code), or a topic survey's (<c>survey:{id}</c>).</summary>
    Ratings = 0,

    /// <summary>The records of completed prompts, which response rates count: a unit's <c>prompts:{unit}</c> chain.</summary>
    PromptRecords = 1,

    /// <summary>Stray presses, which reports count per counter and unit: a unit's <c>strays:{unit}</c> chain (<c>strays:</c> for presses that named no unit).</summary>
    StrayPresses = 2,
}
