using SatisfactionKit.Ratings;

namespace SatisfactionKit.Prompts;

/// <summary>
/// What the prompt coordinator hands the rating service with a counter rating: the prompt store it
/// would write the prompt's record to, and how to make that record once the rating exists. The
/// service sets <see cref="Recorded"/> when the rating store kept the record in the rating's transaction.
/// </summary>
internal sealed class PromptCompletion(IPromptStore store, Func<Rating, PromptRecord> record)
{
    public IPromptStore Store { get; } = store;

    public Func<Rating, PromptRecord> Record { get; } = record;

    public bool Recorded { get; set; }
}
