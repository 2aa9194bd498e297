using SatisfactionKit.Schemes;

namespace SatisfactionKit.Prompts;

/// <summary>
/// The prompt's timer: one per open prompt, re-armed at each step. When it fires, the prompt expires,
/// or, in a follow-up, is completed with the first answer alone (the level stands on its own).
/// </summary>
internal sealed partial class PromptCoordinator
{
    /// <summary>Starts (or restarts) the prompt's timer for its current step.</summary>
    private void Arm(CounterSlot slot, ActivePrompt prompt, TimeSpan timeout, DateTimeOffset now)
    {
        prompt.Timer?.Dispose();
        prompt.ExpiresAt = now + timeout;
        var step = ++prompt.Step;
        prompt.Timer = _time.CreateTimer(
            static state =>
            {
                var (coordinator, slot, prompt, step) = ((PromptCoordinator, CounterSlot, ActivePrompt, int))state!;
                _ = coordinator.OnTimeoutAsync(slot, prompt, step);
            },
            (this, slot, prompt, step),
            timeout,
            Timeout.InfiniteTimeSpan);
    }

    private async Task OnTimeoutAsync(CounterSlot slot, ActivePrompt prompt, int step)
    {
        try
        {
            await slot.Gate.WaitAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            // The step check makes a timer that fired just as the citizen answered harmless.
            if (!ReferenceEquals(slot.Current, prompt) || prompt.Step != step)
            {
                return;
            }

            var now = _time.GetUtcNow();
            if (prompt.State == PromptState.AwaitingFollowUp)
            {
                // The first answer stands without its follow-up: reasons are optional, and a dissatisfied
                // press whose criterion never came is stored as "criterion not stated" — dropping it would
                // bias every satisfied rate upwards.
                await CompleteAsync(slot, prompt, new PressReading(null, prompt.PendingLevel, false, [.. prompt.CollectedCriteria], []), now, CancellationToken.None).ConfigureAwait(false);
                return;
            }

            await CloseAsync(slot, prompt, PromptState.Expired, now, incompleteLevel: prompt.PendingLevel?.Code, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A timer callback has no caller to throw to: the failure is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogTimeoutFailed(ex, prompt.Id, prompt.Request.Counter.UnitCode, prompt.Request.CounterId);
        }
        finally
        {
            slot.Gate.Release();
        }
    }
}
