using System.Runtime.CompilerServices;
using System.Threading.Channels;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server.Hubs;

namespace SatisfactionKit.Server.Endpoints;

/// <summary>
/// A counter's prompt changes as a stream, for server-sent events: in full for the counter's own device,
/// and as the officer may see them (<see cref="OfficerPromptView"/>) for the officer, where a change the
/// officer's view does not show (a follow-up step) sends nothing, so that the officer's stream is the same
/// whatever the citizen pressed.
/// </summary>
internal static class PromptWatch
{
    public static async IAsyncEnumerable<OfficerPromptView> ForOfficer(IPromptCoordinator coordinator, ICounterPresence presence, IServiceProvider services, CounterKey counter, [EnumeratorCancellation] CancellationToken ct)
    {
        // null in the channel: the counter's device came or went, which turns an open prompt "pad offline" or back.
        var channel = Channel.CreateUnbounded<PromptStatus?>();
        using var subscription = coordinator.Subscribe(new ChannelListener(counter, channel.Writer.TryWrite));
        using var watching = presence.Subscribe(c =>
        {
            if (c == counter)
            {
                channel.Writer.TryWrite(null);
            }
        });
        var status = coordinator.GetStatus(counter);
        OfficerPromptView? last = null;
        if (status is not null)
        {
            last = OfficerPromptView.Of(status, await presence.PadOnlineAsync(services, counter, ct).ConfigureAwait(false));
            yield return last;
        }

        await foreach (var change in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
        {
            status = change ?? status;
            if (status is null)
            {
                continue;
            }

            var view = OfficerPromptView.Of(status, await presence.PadOnlineAsync(services, counter, ct).ConfigureAwait(false));
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
        using var subscription = coordinator.Subscribe(new ChannelListener(counter, channel.Writer.TryWrite));
        if (coordinator.GetStatus(counter) is { } current)
        {
            yield return current;
        }

        await foreach (var status in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
        {
            yield return status;
        }
    }

    /// <summary>A screen watching its device events is the counter's device while it watches (presence).</summary>
    public static async IAsyncEnumerable<PromptStatus> WhilePresent(IAsyncEnumerable<PromptStatus> statuses, ICounterPresence presence, CounterKey counter, [EnumeratorCancellation] CancellationToken ct)
    {
        var connection = "events:" + Guid.NewGuid().ToString("N");
        await presence.SetAsync(counter, connection, PadStates.Connected, ct).ConfigureAwait(false);
        try
        {
            await foreach (var status in statuses.WithCancellation(ct).ConfigureAwait(false))
            {
                yield return status;
            }
        }
        finally
        {
            await presence.RemoveAsync(counter, connection, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private sealed class ChannelListener(CounterKey counter, Func<PromptStatus, bool> write) : IPromptListener
    {
        public ValueTask OnPromptChangedAsync(PromptStatus status, CancellationToken cancellationToken)
        {
            if (status.UnitCode == counter.UnitCode && status.CounterId == counter.CounterId)
            {
                write(status);
            }

            return ValueTask.CompletedTask;
        }
    }
}
