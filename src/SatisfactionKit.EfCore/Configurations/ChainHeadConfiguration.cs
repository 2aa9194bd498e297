using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="ChainHeadEntity"/>, one row per chain.</summary>
internal sealed class ChainHeadConfiguration(TableNaming options) : IEntityTypeConfiguration<ChainHeadEntity>
{
    public void Configure(EntityTypeBuilder<ChainHeadEntity> builder)
    {
        var table = options.Table("ChainHeads");
        builder.ToTable(table, options.Schema);
        builder.HasKey(h => h.ChainKey).HasName($"PK_{table}");
        builder.Property(h => h.ChainKey).HasMaxLength(ColumnLengths.ChainKey).IsUnicode(false);
        builder.Property(h => h.Hash).HasMaxLength(32).IsRequired();
    }
}
