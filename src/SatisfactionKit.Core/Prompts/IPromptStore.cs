namespace SatisfactionKit.Prompts;

/// <summary>
/// Where completed prompts and stray presses are kept. Implemented by <c>SatisfactionKit.EfCore</c>;
/// like <see cref="Ratings.IRatingStore"/>, it must be safe to share across threads.
/// </summary>
public interface IPromptStore
{
    /// <summary>Keeps a completed prompt.</summary>
    ValueTask AddPromptAsync(PromptRecord prompt, CancellationToken cancellationToken = default);

    /// <summary>Keeps a stray press.</summary>
    ValueTask AddStrayPressAsync(StrayPress press, CancellationToken cancellationToken = default);
}
