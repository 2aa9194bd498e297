using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="RatingAnswerEntity"/>, keyed by rating and position.</summary>
internal sealed class RatingAnswerConfiguration(TableNaming options) : IEntityTypeConfiguration<RatingAnswerEntity>
{
    public void Configure(EntityTypeBuilder<RatingAnswerEntity> builder)
    {
        var table = options.Table("RatingAnswers");
        builder.ToTable(table, options.Schema);
        builder.HasKey(a => new { a.RatingId, a.Position }).HasName($"PK_{table}");
        builder.Property(a => a.Position).ValueGeneratedNever();
        builder.Property(a => a.CriterionCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(a => a.LevelCode).HasMaxLength(ColumnLengths.LevelCode).IsUnicode(false).IsRequired();

        // No index on (CriterionCode, LevelCode): every report reaches answers through their rating (the
        // primary key), or reads the answer roll-ups; such an index cost ~10 µs of PostgreSQL's CPU per
        // rating written (docs/benchmarks.md, P2a) and served no query.
    }
}
