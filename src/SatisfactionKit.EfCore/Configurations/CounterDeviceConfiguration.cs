using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>
/// Maps <see cref="CounterDeviceEntity"/>, one row per enrolled device; its enrollment code's and credential's hashes
/// are unique (a credential finds one device), and the devices of a unit are listed by counter.
/// </summary>
internal sealed class CounterDeviceConfiguration(TableNaming options) : IEntityTypeConfiguration<CounterDeviceEntity>
{
    /// <summary>SHA-256.</summary>
    private const int HashLength = 32;

    public void Configure(EntityTypeBuilder<CounterDeviceEntity> builder)
    {
        var table = options.Table("CounterDevices");
        builder.ToTable(table, options.Schema);
        builder.HasKey(d => d.DeviceId).HasName($"PK_{table}");
        builder.Property(d => d.DeviceId).HasMaxLength(ColumnLengths.DeviceId).IsUnicode(false).ValueGeneratedNever();
        builder.Property(d => d.UnitCode).HasMaxLength(ColumnLengths.Code).IsRequired();
        builder.Property(d => d.CounterId).HasMaxLength(ColumnLengths.Code).IsRequired();
        builder.Property(d => d.DisplayName).HasMaxLength(ColumnLengths.DisplayName).IsRequired();
        builder.Property(d => d.EnrollmentCodeHash).HasMaxLength(HashLength).IsFixedLength().IsRequired();
        builder.Property(d => d.CredentialHash).HasMaxLength(HashLength).IsFixedLength();
        builder.Property(d => d.PadState).HasMaxLength(ColumnLengths.PadState);
        builder.HasIndex(d => d.EnrollmentCodeHash).IsUnique().HasDatabaseName($"IX_{table}_EnrollmentCodeHash");
        // Unique among non-null hashes (SQL Server gets the IS NOT NULL filter by convention).
        builder.HasIndex(d => d.CredentialHash).IsUnique().HasDatabaseName($"IX_{table}_CredentialHash");
        builder.HasIndex(d => new { d.UnitCode, d.CounterId }).HasDatabaseName($"IX_{table}_UnitCode_CounterId");
        builder.HasIndex(d => d.CounterId).HasDatabaseName($"IX_{table}_CounterId");
    }
}
