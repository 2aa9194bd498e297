using Microsoft.AspNetCore.SignalR;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Hubs;

/// <summary>
/// Tells every change of a prompt owned by this node to the relay (other nodes) and then to the counter's group
/// on the hub; with the Redis backplane SignalR carries it to the connections on every node.
/// </summary>
internal sealed class PromptBroadcaster(IHubContext<CounterHub> hub, IPromptChangeRelay relay) : IPromptListener
{
    public async ValueTask OnPromptChangedAsync(PromptStatus status, CancellationToken cancellationToken)
    {
        await relay.OnLocalChangeAsync(status, cancellationToken).ConfigureAwait(false);
        await hub.Clients.Group(CounterHubMethods.GroupOf(status.UnitCode, status.CounterId)).SendAsync(CounterHubMethods.PromptChanged, status, cancellationToken).ConfigureAwait(false);
    }
}
