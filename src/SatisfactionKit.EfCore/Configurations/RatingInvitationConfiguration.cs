using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>
/// Maps <see cref="RatingInvitationEntity"/>, indexed for the response rate (invitations of a period,
/// per unit) and for a dossier's own invitations.
/// </summary>
internal sealed class RatingInvitationConfiguration(TableNaming options) : IEntityTypeConfiguration<RatingInvitationEntity>
{
    public void Configure(EntityTypeBuilder<RatingInvitationEntity> builder)
    {
        var table = options.Table("RatingInvitations");
        builder.ToTable(table, options.Schema);
        builder.HasKey(i => i.Id).HasName($"PK_{table}");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.DossierCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(i => i.UnitCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(i => i.ProcedureCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(i => i.Channel).HasConversion<int>();
        builder.Property(i => i.Outcome).HasConversion<int>();
        builder.Property(i => i.FailureReason).HasMaxLength(RatingInvitationRecord.MaxFailureReasonLength);
        builder.HasIndex(i => i.DossierCode).HasDatabaseName($"IX_{table}_DossierCode");
        builder.HasIndex(i => new { i.UnitCode, i.At }).HasDatabaseName($"IX_{table}_UnitCode_At");
        builder.HasIndex(i => i.At).HasDatabaseName($"IX_{table}_At");
    }
}
