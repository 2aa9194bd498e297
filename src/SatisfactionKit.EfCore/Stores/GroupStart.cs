using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>What a group's transaction learns before it links its ratings: its chains' locked heads, and the idempotency keys already stored.</summary>
/// <param name="Heads">The locked head of every chain of the group, by chain key.</param>
/// <param name="StoredKeys">The keys of the group's ratings that are already stored (retries): those ratings are not written again.</param>
internal sealed record GroupStart(Dictionary<string, ChainHeadEntity> Heads, IReadOnlySet<string> StoredKeys);
