using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>
/// The demo vendor's own DbContext: its one-stop tables, with SatisfactionKit's model applied inside
/// it, as a vendor would do in theirs. One derived context per provider carries that provider's
/// migrations (<see cref="SqliteOneStopDbContext"/>, <see cref="PostgresOneStopDbContext"/>, <see cref="SqlServerOneStopDbContext"/>).
/// The sample's sign-in lives here too: ASP.NET Core Identity's users, roles and claims (AspNet* tables).
/// </summary>
public abstract class OneStopDbContext(DbContextOptions options) : IdentityDbContext(options)
{
    public DbSet<DemoUnit> Units => Set<DemoUnit>();
    public DbSet<DemoProcedure> Procedures => Set<DemoProcedure>();
    public DbSet<DemoOfficer> Officers => Set<DemoOfficer>();
    public DbSet<DemoCounter> Counters => Set<DemoCounter>();
    public DbSet<DemoDossier> Dossiers => Set<DemoDossier>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's tables (users, roles, their claims) first, as IdentityDbContext requires.
        base.OnModelCreating(builder);

        // SatisfactionKit's tables (SK_Ratings, SK_RatingAnswers, …) live inside the vendor's context.
        builder.UseSatisfactionKit();

        builder.Entity<DemoUnit>(b =>
        {
            b.ToTable("demo_units");
            b.HasKey(x => x.Code);
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(256);
        });
        builder.Entity<DemoProcedure>(b =>
        {
            b.ToTable("demo_procedures");
            b.HasKey(x => x.Code);
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(512);
        });
        builder.Entity<DemoOfficer>(b =>
        {
            b.ToTable("demo_officers");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(256);
            b.Property(x => x.UnitCode).HasMaxLength(64);
        });
        builder.Entity<DemoCounter>(b =>
        {
            b.ToTable("demo_counters");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(256);
            b.Property(x => x.UnitCode).HasMaxLength(64);
            b.Property(x => x.OfficerId).HasMaxLength(64);
        });
        builder.Entity<DemoDossier>(b =>
        {
            b.ToTable("demo_dossiers");
            b.HasKey(x => x.Code);
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.ProcedureCode).HasMaxLength(64);
            b.Property(x => x.UnitCode).HasMaxLength(64);
            b.Property(x => x.ApplicantName).HasMaxLength(256);
            b.Property(x => x.ReturnedByOfficerId).HasMaxLength(64);
            b.Property(x => x.ReturnedAtCounterId).HasMaxLength(64);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        });
    }
}
