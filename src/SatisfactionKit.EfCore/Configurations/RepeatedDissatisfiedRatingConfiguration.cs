using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="RepeatedDissatisfiedRatingEntity"/>: keyed by rating, its columns typed as the ratings' own.</summary>
internal sealed class RepeatedDissatisfiedRatingConfiguration(TableNaming options) : IEntityTypeConfiguration<RepeatedDissatisfiedRatingEntity>
{
    public void Configure(EntityTypeBuilder<RepeatedDissatisfiedRatingEntity> builder)
    {
        var table = options.Table("RepeatedDissatisfiedRatings");
        builder.ToTable(table, options.Schema);
        builder.HasKey(r => r.RatingId).HasName($"PK_{table}");
        builder.Property(r => r.RatingId).ValueGeneratedNever();
        // The same lengths and encodings as the ratings' columns they are copied from (RatingConfiguration).
        builder.Property(r => r.DossierCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(r => r.SchemeCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(r => r.ProcedureCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(r => r.UnitCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(r => r.OfficerId).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(r => r.CounterId).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(r => r.Channel).HasConversion<int>();
        // A report reads a period's rows; the table holds a few per thousand ratings.
        builder.HasIndex(r => r.SubmittedAt).HasDatabaseName($"IX_{table}_SubmittedAt");
    }
}
