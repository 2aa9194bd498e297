using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="SurveyCampaignEntity"/>, keyed by the id its ratings carry as <c>SurveyId</c>.</summary>
internal sealed class SurveyCampaignConfiguration(TableNaming options) : IEntityTypeConfiguration<SurveyCampaignEntity>
{
    private const int TopicLength = 500;

    private const int PeriodLength = 32;

    public void Configure(EntityTypeBuilder<SurveyCampaignEntity> builder)
    {
        var table = options.Table("SurveyCampaigns");
        builder.ToTable(table, options.Schema);
        builder.HasKey(c => c.Id).HasName($"PK_{table}");
        builder.Property(c => c.Id).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
        builder.Property(c => c.SchemeCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        builder.Property(c => c.Topic).HasMaxLength(TopicLength).IsRequired();
        builder.Property(c => c.Period).HasMaxLength(PeriodLength).IsRequired();
        builder.Property(c => c.AudienceUnitCode).HasMaxLength(ColumnLengths.Code).IsUnicode(false);
    }
}
