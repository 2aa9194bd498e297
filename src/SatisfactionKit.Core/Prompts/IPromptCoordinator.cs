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

    /// <summary>Cancels the prompt open at <paramref name="counter"/>; <see langword="false"/> when none was open.</summary>
    ValueTask<bool> CancelAsync(CounterKey counter, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels the prompt open at the counter named by its id alone; <see langword="false"/> when none was open.
    /// </summary>
    /// <exception cref="AmbiguousCounterException">Several units have a counter <paramref name="counterId"/>.</exception>
    ValueTask<bool> CancelAsync(string counterId, CancellationToken cancellationToken);

    /// <summary>
    /// Takes a press from a counter's pad or screen. A press without <see cref="CounterPress.UnitCode"/> goes to the
    /// one unit's counter with its id, and is refused (<see cref="AmbiguousCounterException"/>) when several units have one.
    /// </summary>
    ValueTask<PressResult> PressAsync(CounterPress press, CancellationToken cancellationToken = default);

    /// <summary>The counter's current or last prompt, or <see langword="null"/> when it never had one.</summary>
    PromptStatus? GetStatus(CounterKey counter);

    /// <summary>
    /// The current or last prompt of the counter named by its id alone, or <see langword="null"/> when no unit's
    /// counter with that id had one.
    /// </summary>
    /// <exception cref="AmbiguousCounterException">Several units have a counter <paramref name="counterId"/>.</exception>
    PromptStatus? GetStatus(string counterId);

    /// <summary>Adds a listener at run time; dispose the result to remove it.</summary>
    IDisposable Subscribe(IPromptListener listener);
}
