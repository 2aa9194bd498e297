using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="VerificationLimitEntity"/>, one row per limit key.</summary>
internal sealed class VerificationLimitConfiguration(TableNaming options) : IEntityTypeConfiguration<VerificationLimitEntity>
{
    public void Configure(EntityTypeBuilder<VerificationLimitEntity> builder)
    {
        var table = options.Table("VerificationLimits");
        builder.ToTable(table, options.Schema);
        builder.HasKey(l => l.Key).HasName($"PK_{table}");
        // Not IsUnicode(false): the key holds what a stranger typed as a dossier code.
        builder.Property(l => l.Key).HasMaxLength(ColumnLengths.LimitKey).ValueGeneratedNever();
    }
}
