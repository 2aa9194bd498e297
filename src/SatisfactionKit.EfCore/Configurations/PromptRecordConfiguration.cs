using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="PromptRecordEntity"/>, indexed for response rates per counter and unit.</summary>
internal sealed class PromptRecordConfiguration(TableNaming options) : IEntityTypeConfiguration<PromptRecordEntity>
{
    public void Configure(EntityTypeBuilder<PromptRecordEntity> builder)
    {
        var table = options.Table("Prompts");
        builder.ToTable(table, options.Schema);
        builder.HasKey(p => p.Id).HasName($"PK_{table}");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.CounterId).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(p => p.DossierCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(p => p.ProcedureCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(p => p.UnitCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(p => p.OfficerId).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(p => p.DossierCounterId).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(p => p.SchemeCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(p => p.Outcome).HasConversion<int>();
        builder.Property(p => p.IncompleteLevelCode).HasMaxLength(ColumnLengths.LevelCode).IsUnicode(false);
        builder.Property(p => p.Note).HasMaxLength(ColumnLengths.Note).IsUnicode();

        builder.HasIndex(p => new { p.CounterId, p.OpenedAt }).HasDatabaseName($"IX_{table}_CounterId_OpenedAt");
        builder.HasIndex(p => new { p.UnitCode, p.OpenedAt }).HasDatabaseName($"IX_{table}_UnitCode_OpenedAt");
        builder.HasIndex(p => p.DossierCode).HasDatabaseName($"IX_{table}_DossierCode");

        // The hash chain, as for ratings: one link per (chain, sequence), so two appends never fork a chain;
        // nullable for rows stored before the table was chained (the verifier reports them as unchained).
        builder.Property(p => p.ChainKey).HasMaxLength(ColumnLengths.ChainKey).IsUnicode(false);
        builder.Property(p => p.PreviousHash).HasMaxLength(32);
        builder.Property(p => p.Hash).HasMaxLength(32);
        builder.HasIndex(p => new { p.ChainKey, p.ChainSequence }).IsUnique().HasDatabaseName($"IX_{table}_ChainKey_ChainSequence");
    }
}
