using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="VerificationCodeEntity"/>, keyed by dossier code: a re-printed receipt replaces the row.</summary>
internal sealed class VerificationCodeConfiguration(TableNaming options) : IEntityTypeConfiguration<VerificationCodeEntity>
{
    /// <summary>HMAC-SHA256.</summary>
    private const int HashLength = 32;

    public void Configure(EntityTypeBuilder<VerificationCodeEntity> builder)
    {
        var table = options.Table("VerificationCodes");
        builder.ToTable(table, options.Schema);
        builder.HasKey(c => c.DossierCode).HasName($"PK_{table}");
        builder.Property(c => c.DossierCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(c => c.CodeHash).HasMaxLength(HashLength).IsFixedLength().IsRequired();
    }
}
