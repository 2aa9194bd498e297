using Microsoft.EntityFrameworkCore;

namespace SatisfactionKit.EfCore.Tests.Infrastructure;

/// <summary>A vendor's context: derives from <see cref="DbContext"/> only, with its own tables and ours (default names).</summary>
public class VendorDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<VendorDossier> Dossiers => Set<VendorDossier>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<VendorDossier>().ToTable("Dossiers").Property(d => d.Code).HasMaxLength(64);
        modelBuilder.UseSatisfactionKit();
    }
}
