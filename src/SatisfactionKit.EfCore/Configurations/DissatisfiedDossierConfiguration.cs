using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="DissatisfiedDossierEntity"/>: keyed by code, indexed by count for the reports' "more than one" look-up.</summary>
internal sealed class DissatisfiedDossierConfiguration(TableNaming options) : IEntityTypeConfiguration<DissatisfiedDossierEntity>
{
    public void Configure(EntityTypeBuilder<DissatisfiedDossierEntity> builder)
    {
        var table = options.Table("DissatisfiedDossiers");
        builder.ToTable(table, options.Schema);
        builder.HasKey(d => d.DossierCode).HasName($"PK_{table}");
        // The ratings' own column: the same length and encoding, so that the reports' join compares like with like.
        builder.Property(d => d.DossierCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.HasIndex(d => d.Ratings).HasDatabaseName($"IX_{table}_Ratings");
    }
}
