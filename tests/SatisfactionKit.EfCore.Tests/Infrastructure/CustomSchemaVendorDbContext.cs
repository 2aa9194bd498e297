using Microsoft.EntityFrameworkCore;

namespace SatisfactionKit.EfCore.Tests.Infrastructure;

/// <summary>
/// A vendor's context putting our tables in schema <c>satisfaction</c> with prefix <c>hl_</c>. A separate
/// type, because EF Core caches one model per context type.
/// </summary>
public sealed class CustomSchemaVendorDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "satisfaction";
    public const string Prefix = "hl_";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<VendorDossier>().ToTable("Dossiers").Property(d => d.Code).HasMaxLength(64);
        modelBuilder.UseSatisfactionKit(o =>
        {
            o.Schema = Schema;
            o.TablePrefix = Prefix;
        });
    }
}
