using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.Alerts;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="AlertEntity"/>, indexed for the open alerts (not acknowledged, oldest first).</summary>
internal sealed class AlertConfiguration(TableNaming options) : IEntityTypeConfiguration<AlertEntity>
{
    public void Configure(EntityTypeBuilder<AlertEntity> builder)
    {
        var table = options.Table("Alerts");
        builder.ToTable(table, options.Schema);
        builder.HasKey(a => a.Id).HasName($"PK_{table}");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.RuleCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(a => a.Scope).HasConversion<int>();
        builder.Property(a => a.ScopeKey).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(SatisfactionAlert.MaxAcknowledgedByLength);
        builder.Property(a => a.AcknowledgementComment).HasMaxLength(SatisfactionAlert.MaxCommentLength);
        builder.HasIndex(a => new { a.AcknowledgedAt, a.RaisedAt }).HasDatabaseName($"IX_{table}_AcknowledgedAt_RaisedAt");
    }
}
