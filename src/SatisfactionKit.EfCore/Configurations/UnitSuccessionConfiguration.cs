using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="UnitSuccessionEntity"/>: one row per predecessor and successor.</summary>
internal sealed class UnitSuccessionConfiguration(TableNaming options) : IEntityTypeConfiguration<UnitSuccessionEntity>
{
    public void Configure(EntityTypeBuilder<UnitSuccessionEntity> builder)
    {
        var table = options.Table("UnitSuccessions");
        builder.ToTable(table, options.Schema);
        builder.HasKey(s => new { s.PredecessorCode, s.SuccessorCode }).HasName($"PK_{table}");
        builder.Property(s => s.PredecessorCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(s => s.SuccessorCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
    }
}
