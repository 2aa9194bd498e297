namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>The link columns of a prompt record or stray press as stored (a chained row's sequence is never null).</summary>
internal readonly record struct StoredLink(Guid Id, long Sequence, byte[]? PreviousHash, byte[]? Hash, byte? EncodingVersion);
