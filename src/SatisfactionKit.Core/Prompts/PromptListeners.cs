using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace SatisfactionKit.Prompts;

/// <summary>
/// The coordinator's listeners: those registered in the container and those subscribed at run time
/// (a pad host, a web socket). Each change is told to all of them in turn; one that throws is logged and
/// skipped, so a pad unplugged or a closed socket never breaks the prompt.
/// </summary>
internal sealed partial class PromptListeners(IEnumerable<IPromptListener> registered, ILogger logger)
{
    private readonly ImmutableArray<IPromptListener> _registered = [.. registered];
    private ImmutableArray<IPromptListener> _subscribed = [];

    public IDisposable Subscribe(IPromptListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        ImmutableInterlocked.Update(ref _subscribed, static (list, l) => list.Add(l), listener);
        return new Subscription(this, listener);
    }

    public async ValueTask TellAsync(PromptStatus status, CancellationToken ct)
    {
        foreach (var listener in _registered.Concat(_subscribed))
        {
            try
            {
                await listener.OnPromptChangedAsync(status, ct).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // One faulty listener must not break the prompt.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogListenerFailed(ex, listener.GetType().Name, status.CounterId);
            }
        }
    }

    private void Unsubscribe(IPromptListener listener) =>
        ImmutableInterlocked.Update(ref _subscribed, static (list, l) => list.Remove(l), listener);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Prompt listener {Listener} failed for counter {CounterId}")]
    private partial void LogListenerFailed(Exception ex, string listener, string counterId);

    private sealed class Subscription(PromptListeners owner, IPromptListener listener) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(listener);
    }
}
