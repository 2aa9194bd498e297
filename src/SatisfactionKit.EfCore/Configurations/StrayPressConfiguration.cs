using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="StrayPressEntity"/>, indexed for misuse statistics per counter.</summary>
internal sealed class StrayPressConfiguration(TableNaming options) : IEntityTypeConfiguration<StrayPressEntity>
{
    public void Configure(EntityTypeBuilder<StrayPressEntity> builder)
    {
        var table = options.Table("StrayPresses");
        builder.ToTable(table, options.Schema);
        builder.HasKey(p => p.Id).HasName($"PK_{table}");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.CounterId).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(p => p.UnitCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(p => p.Reason).HasConversion<int>();
        builder.Property(p => p.LevelCode).HasMaxLength(ColumnLengths.LevelCode).IsUnicode(false);
        builder.Property(p => p.DeviceId).HasMaxLength(ColumnLengths.DeviceId).IsUnicode(false);
        builder.HasIndex(p => new { p.CounterId, p.PressedAt }).HasDatabaseName($"IX_{table}_CounterId_PressedAt");
        // A unit's report counts its own counters' strays (two units may both have a counter "QUAY-01").
        builder.HasIndex(p => new { p.UnitCode, p.PressedAt }).HasDatabaseName($"IX_{table}_UnitCode_PressedAt");

        // The hash chain, as for ratings: one link per (chain, sequence), so two appends never fork a chain;
        // nullable for rows stored before the table was chained (the verifier reports them as unchained).
        builder.Property(p => p.ChainKey).HasMaxLength(ColumnLengths.ChainKey).IsUnicode(false);
        builder.Property(p => p.PreviousHash).HasMaxLength(32);
        builder.Property(p => p.Hash).HasMaxLength(32);
        builder.HasIndex(p => new { p.ChainKey, p.ChainSequence }).IsUnique().HasDatabaseName($"IX_{table}_ChainKey_ChainSequence");
    }
}
