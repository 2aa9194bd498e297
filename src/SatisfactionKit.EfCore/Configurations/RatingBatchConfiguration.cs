using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="RatingBatchEntity"/>; a survey batch may be imported in several files, so its id is not the key.</summary>
internal sealed class RatingBatchConfiguration(TableNaming options) : IEntityTypeConfiguration<RatingBatchEntity>
{
    public void Configure(EntityTypeBuilder<RatingBatchEntity> builder)
    {
        var table = options.Table("RatingBatches");
        builder.ToTable(table, options.Schema);
        builder.HasKey(b => b.Id).HasName($"PK_{table}");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.BatchId).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(b => b.EnteredBy).HasMaxLength(ColumnLengths.Code).IsUnicode().IsRequired();
        builder.Property(b => b.SourceName).HasMaxLength(ColumnLengths.Note).IsUnicode().IsRequired();
        builder.HasIndex(b => b.BatchId).HasDatabaseName($"IX_{table}_BatchId");
    }
}
