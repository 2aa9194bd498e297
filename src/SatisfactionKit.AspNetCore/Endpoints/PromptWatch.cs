using System.Runtime.CompilerServices;
using System.Threading.Channels;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Endpoints;

/// <summary>
/// A counter's prompt changes as a stream, for server-sent events: in full for the counter's own device,
/// and as the officer may see them (<see cref="OfficerPromptView"/>) for the officer, where a change the
/// officer's view does not show (a follow-up step) sends nothing, so that the officer's stream is the same
/// whatever the citizen pressed.
/// </summary>
internal static class PromptWatch
{
    public static async IAsyncEnumerable<OfficerPromptView> ForOfficer(IPromptCoordinator coordinator, CounterKey counter, [EnumeratorCancellation] CancellationToken ct)
    {
        OfficerPromptView? last = null;
        await foreach (var status in ForDevice(coordinator, counter, ct).ConfigureAwait(false))
        {
            var view = OfficerPromptView.Of(status);
            if (view != last)
            {
                last = view;
                yield return view;
            }
        }
    }

    public static async IAsyncEnumerable<PromptStatus> ForDevice(IPromptCoordinator coordinator, CounterKey counter, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<PromptStatus>();
        using var subscription = coordinator.Subscribe(new ChannelListener(counter, channel.Writer));
        if (coordinator.GetStatus(counter) is { } current)
        {
            yield return current;
        }

        await foreach (var status in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
        {
            yield return status;
        }
    }

    private sealed class ChannelListener(CounterKey counter, ChannelWriter<PromptStatus> writer) : IPromptListener
    {
        public ValueTask OnPromptChangedAsync(PromptStatus status, CancellationToken cancellationToken)
        {
            if (status.UnitCode == counter.UnitCode && status.CounterId == counter.CounterId)
            {
                writer.TryWrite(status);
            }

            return ValueTask.CompletedTask;
        }
    }
}
