using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="RatingSchemeEntity"/>, keyed by code and version.</summary>
internal sealed class RatingSchemeConfiguration(TableNaming options) : IEntityTypeConfiguration<RatingSchemeEntity>
{
    public void Configure(EntityTypeBuilder<RatingSchemeEntity> builder)
    {
        var table = options.Table("RatingSchemes");
        builder.ToTable(table, options.Schema);
        builder.HasKey(s => new { s.Code, s.Version }).HasName($"PK_{table}");
        builder.Property(s => s.Code).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(s => s.Version).ValueGeneratedNever();

        // Unbounded: a SIPAS scheme with its bilingual labels runs to tens of kilobytes.
        builder.Property(s => s.Json).IsUnicode().IsRequired();
    }
}
