using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="RollupStateEntity"/>, a one-row table.</summary>
internal sealed class RollupStateConfiguration(TableNaming options) : IEntityTypeConfiguration<RollupStateEntity>
{
    public void Configure(EntityTypeBuilder<RollupStateEntity> builder)
    {
        var table = options.Table("RollupState");
        builder.ToTable(table, options.Schema);
        builder.HasKey(s => s.Id).HasName($"PK_{table}");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TimeZoneId).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
    }
}
