using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Configurations;

namespace SatisfactionKit.EntityFrameworkCore;

/// <summary>
/// A ready context holding only SatisfactionKit's tables, for vendors who keep ratings apart from their
/// own database. Vendors with a context of their own call <c>modelBuilder.UseSatisfactionKit()</c> in it instead.
/// </summary>
/// <remarks>
/// The tables use the default names (<see cref="SatisfactionKitModelOptions.DefaultTablePrefix"/>, no
/// schema). To change them, derive from this class and override <see cref="OnModelCreating"/>.
/// </remarks>
public class SatisfactionKitDbContext : DbContext
{
    /// <summary>Creates the context with <paramref name="options"/>.</summary>
    /// <param name="options">The provider and connection, from <c>AddDbContext&lt;SatisfactionKitDbContext&gt;</c>.</param>
    public SatisfactionKitDbContext(DbContextOptions<SatisfactionKitDbContext> options)
        : base(options)
    {
    }

    /// <summary>Creates the context for a derived type with its own options.</summary>
    /// <param name="options">The provider and connection.</param>
    protected SatisfactionKitDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Adds SatisfactionKit's tables with the default names.</summary>
    /// <param name="modelBuilder">The model being built.</param>
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        SatisfactionKitModel.Apply(modelBuilder, new TableNaming(SatisfactionKitModelOptions.DefaultTablePrefix, Schema: null));
}
