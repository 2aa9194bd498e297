using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>What a group's transaction learns before it links its ratings: its chains' locked heads, and the idempotency keys already stored.</summary>
/// <param name="Heads">The locked head of every chain of the group, by chain key.</param>
/// <param name="StoredKeys">The keys of the group's ratings that are already stored (retries): those ratings are not written again.</param>
/// <remarks>For provider packages; may change between minor versions.</remarks>
public sealed record GroupStart(Dictionary<string, ChainHeadEntity> Heads, IReadOnlySet<string> StoredKeys)
{
    /// <summary>
    /// Starts a group with EF Core's portable statements: a compiled query for the stored keys, then
    /// <see cref="ChainHeads.LockAllAsync"/>, which leaves the heads tracked for the next <c>SaveChanges</c>.
    /// </summary>
    public static async Task<GroupStart> BeginPortableAsync(DbContext context, IReadOnlyList<string> chainKeys, IReadOnlyList<string> idempotencyKeys, CancellationToken cancellationToken)
    {
        var stored = await global::SatisfactionKit.EntityFrameworkCore.Internal.StoredKeys.FindAsync(context, idempotencyKeys, cancellationToken).ConfigureAwait(false);
        return new GroupStart(await ChainHeads.LockAllAsync(context, chainKeys, cancellationToken).ConfigureAwait(false), stored);
    }
}
