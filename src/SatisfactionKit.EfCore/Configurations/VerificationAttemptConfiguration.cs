using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>
/// Maps <see cref="VerificationAttemptEntity"/>, indexed for the two lockout counts: wrong codes per
/// dossier and per client key since a moment.
/// </summary>
internal sealed class VerificationAttemptConfiguration(TableNaming options) : IEntityTypeConfiguration<VerificationAttemptEntity>
{
    public void Configure(EntityTypeBuilder<VerificationAttemptEntity> builder)
    {
        var table = options.Table("VerificationAttempts");
        builder.ToTable(table, options.Schema);
        builder.HasKey(a => a.Id).HasName($"PK_{table}");
        builder.Property(a => a.Id).ValueGeneratedNever();

        // Not IsUnicode(false): a mistyped dossier code from the public page may hold any character.
        builder.Property(a => a.DossierCode).HasMaxLength(ColumnLengths.Code).IsRequired();
        builder.Property(a => a.ClientKey).HasMaxLength(ColumnLengths.ClientKey).IsRequired();
        builder.Property(a => a.Outcome).HasConversion<int>();
        builder.Property(a => a.Purpose).HasMaxLength(ColumnLengths.Purpose).IsUnicode(false).IsRequired();
        builder.HasIndex(a => new { a.DossierCode, a.Outcome, a.At }).HasDatabaseName($"IX_{table}_DossierCode_Outcome_At");
        builder.HasIndex(a => new { a.ClientKey, a.Outcome, a.At }).HasDatabaseName($"IX_{table}_ClientKey_Outcome_At");
    }
}
