using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Configurations;

// The extension lives in EF Core's namespace, as OpenIddict's UseOpenIddict() does, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.EntityFrameworkCore;
#pragma warning restore IDE0130

/// <summary>Adds SatisfactionKit's tables to any <see cref="DbContext"/>'s model.</summary>
public static class SatisfactionKitModelBuilderExtensions
{
    /// <summary>
    /// Adds SatisfactionKit's entity types (ratings, their answers, conditions and reasons, prompts,
    /// stray presses, schemes, the hash chains' heads, paper import batches, verification codes and attempts,
    /// survey campaigns) to the model. Call it from the vendor context's
    /// <c>OnModelCreating</c>; the context need not derive from any SatisfactionKit type.
    /// </summary>
    /// <param name="modelBuilder">The model being built.</param>
    /// <param name="configure">Sets the schema and table prefix.</param>
    /// <returns><paramref name="modelBuilder"/>, for chaining.</returns>
    /// <remarks>
    /// EF Core caches one model per context type, so the options must be the same for every instance of
    /// a context type.
    /// </remarks>
    public static ModelBuilder UseSatisfactionKit(this ModelBuilder modelBuilder, Action<SatisfactionKitModelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var options = new SatisfactionKitModelOptions();
        configure?.Invoke(options);
        ArgumentNullException.ThrowIfNull(options.TablePrefix, "TablePrefix");

        return SatisfactionKitModel.Apply(modelBuilder, new TableNaming(options.TablePrefix, options.Schema));
    }

    /// <summary>
    /// Adds the interceptor that refuses any change or deletion of a stored rating. Needed only for a
    /// context that is not registered through <c>AddEntityFrameworkStores&lt;TContext&gt;()</c>,
    /// which adds it itself.
    /// </summary>
    /// <param name="optionsBuilder">The context's options.</param>
    /// <returns><paramref name="optionsBuilder"/>, for chaining.</returns>
    public static DbContextOptionsBuilder AddSatisfactionKitInterceptors(this DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        return optionsBuilder.AddInterceptors(SatisfactionKit.EntityFrameworkCore.Interceptors.AppendOnlyRatingsInterceptor.Instance);
    }
}
