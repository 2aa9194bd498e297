using Microsoft.Extensions.DependencyInjection.Extensions;
using SatisfactionKit;
using SatisfactionKit.EntityFrameworkCore.PostgreSql.Integrity;
using SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Ratings;

// The extension lives in the DI namespace, as AddEntityFrameworkStores does, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>PostgreSQL fast paths for SatisfactionKit's Entity Framework Core stores.</summary>
public static class SatisfactionKitPostgreSqlBuilderExtensions
{
    /// <summary>
    /// Makes <see cref="IRatingBatchStore"/> write each chunk of a batch, and <see cref="IRatingStore"/> each
    /// group of ratings submitted together (many counters at once on a central server), with Npgsql's
    /// binary <c>COPY</c> instead of EF Core's batched INSERTs, inside their transaction.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddSatisfactionKit()</c>; call <c>AddEntityFrameworkStores&lt;TContext&gt;()</c> too, before or after.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// Idempotency keys already stored are still skipped, ratings are still linked into their units'
    /// hash chains, and a batch is still committed whole or rolled back whole. Tables, schema, columns
    /// and value conversions come from the context's EF Core model. A context whose connection is not
    /// an <c>NpgsqlConnection</c> keeps the EF Core path, so one registration serves mixed deployments.
    /// The rating, answer and choice entities must not have shadow or store-generated properties
    /// (SatisfactionKit's own model has none); a model that adds one fails the first batch with a
    /// message naming the property.
    /// </remarks>
    public static SatisfactionKitBuilder UsePostgreSqlBulkImport(this SatisfactionKitBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Replace, not TryAdd: AddEntityFrameworkStores may already have registered the EF Core writer.
        builder.Services.Replace(ServiceDescriptor.Singleton<IRatingChunkWriter, NpgsqlCopyRatingChunkWriter>());
        return builder;
    }

    /// <summary>
    /// Makes the chain verifier (<c>IRatingChainVerifier</c>) read PostgreSQL with Npgsql's binary
    /// <c>COPY … TO STDOUT</c>: <c>VerifyAllAsync</c> reads the ratings, answers and choices tables once each, in
    /// their physical order and from one snapshot, checking every link's hash while it reads and the chains' linkage
    /// after, and walks in sequence order only a chain that pass does not find intact; a single chain is read
    /// 20,000 sequence numbers a page (the ratings, then their answers and choices) instead of the portable SQL's
    /// 4,000-rating pages and id lists. Results and tamper detection are the same.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddSatisfactionKit()</c>; call <c>AddEntityFrameworkStores&lt;TContext&gt;()</c> too, before or after.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// Tables, schema and columns come from the context's EF Core model. A context whose connection is not
    /// an <c>NpgsqlConnection</c> keeps the portable reader, so one registration serves mixed deployments.
    /// </remarks>
    public static SatisfactionKitBuilder UsePostgreSqlCopyVerification(this SatisfactionKitBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Replace, not TryAdd: AddEntityFrameworkStores may already have registered the portable source.
        builder.Services.Replace(ServiceDescriptor.Singleton<IChainPageSource, NpgsqlCopyChainPageSource>());
        // VerifyAllAsync: every rating chain checked in one pass of the three tables, physical order.
        builder.Services.Replace(ServiceDescriptor.Singleton<IChainScanSource, NpgsqlChainScanSource>());
        return builder;
    }
}
