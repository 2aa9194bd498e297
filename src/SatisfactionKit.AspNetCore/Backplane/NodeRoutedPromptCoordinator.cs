using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Backplane;

/// <summary>
/// The coordinator every caller gets when several nodes share a Redis backplane. Opening a prompt happens on this
/// node, which then owns it (after asking the previous owner, if any, to cancel its own); a press or cancel goes
/// to the node that owns the counter's prompt; the status and the watchers see the latest change on any node.
/// </summary>
internal sealed class NodeRoutedPromptCoordinator(IPromptCoordinator local, RedisPromptNodes nodes) : IPromptCoordinator
{
    public async ValueTask<PromptStatus> OpenAsync(PromptRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            if (await nodes.RemoteOwnerAsync(request.CounterId).ConfigureAwait(false) is { } owner)
            {
                // One prompt per counter across nodes: the previous owner closes its prompt as cancelled.
                await nodes.CancelAtAsync(owner, request.CounterId, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (PromptRoutingException)
        {
            // The previous owner is away: its prompt expires there on its own; this one takes over the counter.
        }

        return await local.OpenAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> CancelAsync(string counterId, CancellationToken cancellationToken = default) =>
        await nodes.RemoteOwnerAsync(counterId).ConfigureAwait(false) is { } owner
            ? await nodes.CancelAtAsync(owner, counterId, cancellationToken).ConfigureAwait(false)
            : await local.CancelAsync(counterId, cancellationToken).ConfigureAwait(false);

    public async ValueTask<PressResult> PressAsync(CounterPress press, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(press);
        return await nodes.RemoteOwnerAsync(press.CounterId).ConfigureAwait(false) is { } owner
            ? await nodes.PressAtAsync(owner, press, cancellationToken).ConfigureAwait(false)
            : await local.PressAsync(press, cancellationToken).ConfigureAwait(false);
    }

    public PromptStatus? GetStatus(string counterId)
    {
        var mine = local.GetStatus(counterId);
        var theirs = nodes.RemoteStatus(counterId);
        // A prompt this node holds is authoritative; another node's is taken when it was opened later.
        return theirs is not null && (mine is null || (theirs.PromptId != mine.PromptId && theirs.OpenedAt > mine.OpenedAt)) ? theirs : mine;
    }

    public IDisposable Subscribe(IPromptListener listener) => new Both(local.Subscribe(listener), nodes.Watch(listener));

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }
}
