using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="RatingEntity"/>: the idempotency key unique, report indexes on time.</summary>
internal sealed class RatingConfiguration(TableNaming options) : IEntityTypeConfiguration<RatingEntity>
{
    public void Configure(EntityTypeBuilder<RatingEntity> builder)
    {
        var table = options.Table("Ratings");
        builder.ToTable(table, options.Schema);
        builder.HasKey(r => r.Id).HasName($"PK_{table}");
        builder.Property(r => r.Id).ValueGeneratedNever();

        builder.Property(r => r.SchemeCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(r => r.DossierCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(r => r.ProcedureCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(r => r.UnitCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(r => r.OfficerId).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(r => r.CounterId).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(r => r.SurveyId).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(r => r.Channel).HasConversion<int>();
        builder.Property(r => r.Comment).HasMaxLength(ColumnLengths.Comment).IsUnicode();
        builder.Property(r => r.DeviceId).HasMaxLength(ColumnLengths.DeviceId).IsUnicode(false);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(ColumnLengths.IdempotencyKey).IsUnicode(false).IsRequired();

        // The unique key is what makes retries safe: a second insert of the same key fails in the
        // database itself, even when two writers race past the store's look-up.
        builder.HasIndex(r => r.IdempotencyKey).IsUnique().HasDatabaseName($"IX_{table}_IdempotencyKey");
        builder.Property(r => r.DossierSlot).HasMaxLength(DossierSlots.MaxLength).IsUnicode(false);
        builder.HasIndex(r => r.DossierSlot).IsUnique().HasDatabaseName($"IX_{table}_DossierSlot");

        // The hash chain: one link per (chain, sequence), so two concurrent appends can never fork a
        // chain, and the verifier walks a chain in sequence order through this index.
        builder.Property(r => r.ChainKey).HasMaxLength(ColumnLengths.ChainKey).IsUnicode(false).IsRequired();
        builder.Property(r => r.PreviousHash).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Hash).HasMaxLength(32).IsRequired();
        builder.HasIndex(r => new { r.ChainKey, r.ChainSequence }).IsUnique().HasDatabaseName($"IX_{table}_ChainKey_ChainSequence");

        // The report queries: one dossier, and each grouping dimension over a period.
        builder.HasIndex(r => r.DossierCode).HasDatabaseName($"IX_{table}_DossierCode");
        builder.HasIndex(r => new { r.UnitCode, r.SubmittedAt }).HasDatabaseName($"IX_{table}_UnitCode_SubmittedAt");
        builder.HasIndex(r => new { r.ProcedureCode, r.SubmittedAt }).HasDatabaseName($"IX_{table}_ProcedureCode_SubmittedAt");
        builder.HasIndex(r => new { r.OfficerId, r.SubmittedAt }).HasDatabaseName($"IX_{table}_OfficerId_SubmittedAt");
        builder.HasIndex(r => r.SubmittedAt).HasDatabaseName($"IX_{table}_SubmittedAt");
        // The distinct count of dissatisfied dossiers (QĐ 766) is not additive, so reports read it from the
        // ratings even when the rest comes from roll-ups: this index reaches a period's dissatisfied ratings alone.
        builder.HasIndex(r => new { r.IsSatisfied, r.SubmittedAt }).HasDatabaseName($"IX_{table}_IsSatisfied_SubmittedAt");

        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.RatingId)
            .HasConstraintName($"FK_{options.Table("RatingAnswers")}_{table}").OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Choices).WithOne().HasForeignKey(c => c.RatingId)
            .HasConstraintName($"FK_{options.Table("RatingChoices")}_{table}").OnDelete(DeleteBehavior.Restrict);
    }
}
