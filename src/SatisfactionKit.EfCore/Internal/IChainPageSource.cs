using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// Reads a hash chain's stored ratings for the chain verifier, one range of sequence numbers at a time:
/// the seam through which a provider package (such as SatisfactionKit.EfCore.PostgreSql's binary
/// <c>COPY … TO STDOUT</c>) reads faster than the portable SQL, without this package depending on the provider.
/// </summary>
/// <remarks>
/// For provider packages (registered by their builder extension, replacing the portable source); may change
/// between minor versions, as Npgsql's <c>.Internal</c> namespaces do.
/// </remarks>
public interface IChainPageSource
{
    /// <summary>The portable source: plain data readers over a sequence range, then the page's answers and choices by rating id.</summary>
    static IChainPageSource Portable => PortableChainPageSource.Instance;

    /// <summary>The sequence numbers to ask for per page on <paramref name="context"/>'s connection: large enough that round trips do not dominate, small enough that memory stays flat.</summary>
    int PageSize(DbContext context);

    /// <summary>
    /// The ratings of <paramref name="chainKey"/> with <paramref name="after"/> &lt; sequence ≤ <paramref name="upTo"/>, ascending by
    /// sequence then id, each with all its <see cref="RatingEntity.Answers"/> and <see cref="RatingEntity.Choices"/>, read as stored
    /// (no change of any column, so that the verifier sees any tampering). The context's connection is open.
    /// </summary>
    Task<List<RatingEntity>> ReadAsync(DbContext context, string chainKey, long after, long upTo, CancellationToken cancellationToken);
}
