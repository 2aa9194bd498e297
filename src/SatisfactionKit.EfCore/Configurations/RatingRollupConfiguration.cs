using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="RatingRollupEntity"/>: keyed by its cell hash, indexed by cube and period for the reports' range scans.</summary>
internal sealed class RatingRollupConfiguration(TableNaming options) : IEntityTypeConfiguration<RatingRollupEntity>
{
    public void Configure(EntityTypeBuilder<RatingRollupEntity> builder)
    {
        var table = options.Table("RatingRollups");
        builder.ToTable(table, options.Schema);
        builder.HasKey(c => c.CellKey).HasName($"PK_{table}");
        builder.Property(c => c.CellKey).HasMaxLength(16).IsFixedLength();
        RollupColumns.Dimensions(builder);
        builder.HasIndex(c => new { c.Cube, c.Period }).HasDatabaseName($"IX_{table}_Cube_Period");
    }
}
