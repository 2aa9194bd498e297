namespace SatisfactionKit.Prompts;

/// <summary>
/// The counter prompt flow: the officer returns a result, the counter's pad asks, the citizen
/// answers. One prompt per counter at a time; the first valid answer completes it, or it expires,
/// or it is cancelled. Every outcome and every stray press is recorded.
/// </summary>
public interface IPromptCoordinator
{
    /// <summary>
    /// Opens a prompt at the request's counter. A prompt still open there is cancelled first and
    /// recorded as such.
    /// </summary>
    /// <exception cref="ArgumentException">The counter or dossier is missing, or the scheme is unknown.</exception>
    ValueTask<PromptStatus> OpenAsync(PromptRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels the prompt open at <paramref name="counterId"/>; <see langword="false"/> when none was open.</summary>
    ValueTask<bool> CancelAsync(string counterId, CancellationToken cancellationToken = default);

    /// <summary>Takes a press from a counter's pad or screen.</summary>
    ValueTask<PressResult> PressAsync(CounterPress press, CancellationToken cancellationToken = default);

    /// <summary>The counter's current or last prompt, or <see langword="null"/> when it never had one.</summary>
    PromptStatus? GetStatus(string counterId);

    /// <summary>Adds a listener at run time; dispose the result to remove it.</summary>
    IDisposable Subscribe(IPromptListener listener);
}
