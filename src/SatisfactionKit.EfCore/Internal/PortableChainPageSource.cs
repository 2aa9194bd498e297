using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary><see cref="IChainPageSource"/> on any relational provider: <see cref="ChainPageReader"/>'s portable SQL.</summary>
internal sealed class PortableChainPageSource : IChainPageSource
{
    /// <summary>
    /// The sequence numbers read per page. The page's answers and choices are read by rating id
    /// (<see cref="ChainPageReader"/>), so the page size no longer decides whether PostgreSQL hashes the
    /// whole answers table, as joining the page's range did (950 ms a page at 10,000 over 1,000,000
    /// ratings; 160 ms at 4,000 over 300,000).
    /// </summary>
    internal const int DefaultPageSize = 4_000;

    public static PortableChainPageSource Instance { get; } = new();

    public int PageSize(DbContext context) => DefaultPageSize;

    public Task<List<RatingEntity>> ReadAsync(DbContext context, string chainKey, long after, long upTo, CancellationToken cancellationToken) =>
        ChainPageReader.For(context).ReadAsync(context, chainKey, after, upTo, cancellationToken);
}
