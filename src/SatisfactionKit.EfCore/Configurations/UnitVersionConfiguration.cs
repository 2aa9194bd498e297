using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="UnitVersionEntity"/>: one row per version of a unit, the parent indexed for subtrees.</summary>
internal sealed class UnitVersionConfiguration(TableNaming options) : IEntityTypeConfiguration<UnitVersionEntity>
{
    private const int NameLength = 256;

    public void Configure(EntityTypeBuilder<UnitVersionEntity> builder)
    {
        var table = options.Table("UnitVersions");
        builder.ToTable(table, options.Schema);
        builder.HasKey(v => new { v.UnitCode, v.ValidFrom }).HasName($"PK_{table}");
        builder.Property(v => v.UnitCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(v => v.NameVi).HasMaxLength(NameLength).IsRequired();
        builder.Property(v => v.NameEn).HasMaxLength(NameLength);
        builder.Property(v => v.LevelCode).HasMaxLength(ColumnLengths.LevelCode).IsRequired();
        builder.Property(v => v.ParentCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.HasIndex(v => v.ParentCode).HasDatabaseName($"IX_{table}_ParentCode");
    }
}
