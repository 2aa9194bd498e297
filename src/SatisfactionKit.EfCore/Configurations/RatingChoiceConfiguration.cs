using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="RatingChoiceEntity"/>, keyed by rating, kind and position.</summary>
internal sealed class RatingChoiceConfiguration(TableNaming options) : IEntityTypeConfiguration<RatingChoiceEntity>
{
    public void Configure(EntityTypeBuilder<RatingChoiceEntity> builder)
    {
        var table = options.Table("RatingChoices");
        builder.ToTable(table, options.Schema);
        builder.HasKey(c => new { c.RatingId, c.Kind, c.Position }).HasName($"PK_{table}");
        builder.Property(c => c.Kind).HasConversion<int>();
        builder.Property(c => c.Position).ValueGeneratedNever();
        builder.Property(c => c.Code).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.HasIndex(c => new { c.Kind, c.Code }).HasDatabaseName($"IX_{table}_Kind_Code");
    }
}
