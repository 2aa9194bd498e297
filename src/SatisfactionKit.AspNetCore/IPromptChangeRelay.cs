using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server;

/// <summary>
/// Told first of every change of a prompt owned by this node, before the counter's devices are: with several
/// nodes it records this node as the prompt's owner and tells the other nodes. A single node needs nothing.
/// </summary>
internal interface IPromptChangeRelay
{
    ValueTask OnLocalChangeAsync(PromptStatus status, CancellationToken cancellationToken);
}

/// <summary>The single-node relay: nothing to tell.</summary>
internal sealed class LocalPromptChangeRelay : IPromptChangeRelay
{
    public ValueTask OnLocalChangeAsync(PromptStatus status, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
