namespace SatisfactionKit.Prompts;

/// <summary>
/// Told of every change of a counter's prompt: pads light up, officers' screens update. Register
/// implementations in the service collection, or subscribe at run time with
/// <see cref="IPromptCoordinator.Subscribe"/>.
/// </summary>
public interface IPromptListener
{
    /// <summary>Called after the prompt changed. Exceptions are logged and do not disturb the prompt.</summary>
    ValueTask OnPromptChangedAsync(PromptStatus status, CancellationToken cancellationToken);
}
