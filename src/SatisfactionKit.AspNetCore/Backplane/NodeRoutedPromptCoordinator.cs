using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Backplane;

/// <summary>
/// The coordinator every caller gets when several nodes share a Redis backplane. Opening a prompt happens on this
/// node, which then owns it (after asking the previous owner, if any, to cancel its own); a press or cancel goes
/// to the node that owns the counter's prompt; the status and the watchers see the latest change on any node. A
/// counter is a (unit, counter id) pair everywhere, in Redis keys and node messages too.
/// </summary>
internal sealed class NodeRoutedPromptCoordinator(IPromptCoordinator local, RedisPromptNodes nodes) : IPromptCoordinator
{
    public async ValueTask<PromptStatus> OpenAsync(PromptRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            if (await nodes.RemoteOwnerAsync(request.Counter).ConfigureAwait(false) is { } owner)
            {
                // One prompt per counter across nodes: the previous owner closes its prompt as cancelled.
                await nodes.CancelAtAsync(owner, request.Counter, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (PromptRoutingException)
        {
            // The previous owner is away: its prompt expires there on its own; this one takes over the counter.
        }

        return await local.OpenAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> CancelAsync(CounterKey counter, CancellationToken cancellationToken) =>
        await nodes.RemoteOwnerAsync(counter).ConfigureAwait(false) is { } owner
            ? await nodes.CancelAtAsync(owner, counter, cancellationToken).ConfigureAwait(false)
            : await local.CancelAsync(counter, cancellationToken).ConfigureAwait(false);

    public async ValueTask<bool> CancelAsync(string counterId, CancellationToken cancellationToken) =>
        GetStatus(counterId) is { } known && await CancelAsync(known.Counter(), cancellationToken).ConfigureAwait(false);

    public async ValueTask<PressResult> PressAsync(CounterPress press, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(press);
        if (press.UnitCode is null && GetStatus(press.CounterId) is { } known)
        {
            // Named by its id alone: the one unit any node knows with that counter (refused above when several).
            press = press with { UnitCode = known.UnitCode };
        }

        return press.UnitCode is { } unit && await nodes.RemoteOwnerAsync(new CounterKey(unit, press.CounterId)).ConfigureAwait(false) is { } owner
            ? await nodes.PressAtAsync(owner, press, cancellationToken).ConfigureAwait(false)
            : await local.PressAsync(press, cancellationToken).ConfigureAwait(false);
    }

    public PromptStatus? GetStatus(CounterKey counter) => Latest(local.GetStatus(counter), nodes.RemoteStatus(counter));

    public PromptStatus? GetStatus(string counterId)
    {
        var mine = local.GetStatus(counterId);
        var theirs = nodes.RemoteStatus(counterId);
        if (mine is not null && theirs is not null && mine.UnitCode != theirs.UnitCode)
        {
            throw new AmbiguousCounterException(counterId, [.. new[] { mine.UnitCode, theirs.UnitCode }.Order(StringComparer.Ordinal)]);
        }

        return Latest(mine, theirs);
    }

    public IDisposable Subscribe(IPromptListener listener) => new Both(local.Subscribe(listener), nodes.Watch(listener));

    /// <summary>A prompt this node holds is authoritative; another node's is taken when it was opened later.</summary>
    private static PromptStatus? Latest(PromptStatus? mine, PromptStatus? theirs) =>
        theirs is not null && (mine is null || (theirs.PromptId != mine.PromptId && theirs.OpenedAt > mine.OpenedAt)) ? theirs : mine;

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }
}
