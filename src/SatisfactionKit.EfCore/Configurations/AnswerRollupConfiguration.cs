using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="AnswerRollupEntity"/>, as <see cref="RatingRollupConfiguration"/> does.</summary>
internal sealed class AnswerRollupConfiguration(TableNaming options) : IEntityTypeConfiguration<AnswerRollupEntity>
{
    public void Configure(EntityTypeBuilder<AnswerRollupEntity> builder)
    {
        var table = options.Table("AnswerRollups");
        builder.ToTable(table, options.Schema);
        builder.HasKey(c => c.CellKey).HasName($"PK_{table}");
        builder.Property(c => c.CellKey).HasMaxLength(16).IsFixedLength();
        RollupColumns.Dimensions(builder);
        builder.Property(c => c.Conditions).HasMaxLength(ColumnLengths.Conditions).IsUnicode(false).IsRequired();
        builder.Property(c => c.CriterionCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(c => c.LevelCode).HasMaxLength(ColumnLengths.LevelCode).IsUnicode(false).IsRequired();
        builder.HasIndex(c => new { c.Cube, c.Period }).HasDatabaseName($"IX_{table}_Cube_Period");
    }
}
