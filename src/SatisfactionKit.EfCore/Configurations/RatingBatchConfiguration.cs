using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="RatingBatchEntity"/>, indexed by survey batch (one batch may be entered from several files).</summary>
internal sealed class RatingBatchConfiguration(SatisfactionKitModelOptions options) : IEntityTypeConfiguration<RatingBatchEntity>
{
    private const int NameLength = 256;

    public void Configure(EntityTypeBuilder<RatingBatchEntity> builder)
    {
        var table = options.Table("RatingBatches");
        builder.ToTable(table, options.Schema);
        builder.HasKey(b => b.Id).HasName($"PK_{table}");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.BatchId).HasMaxLength(ColumnLengths.Code).IsRequired();
        builder.Property(b => b.EnteredBy).HasMaxLength(NameLength).IsRequired();
        builder.Property(b => b.SourceName).HasMaxLength(NameLength).IsRequired();
        builder.HasIndex(b => b.BatchId).HasDatabaseName($"IX_{table}_BatchId");
    }
}
