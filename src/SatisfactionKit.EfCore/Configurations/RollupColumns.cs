using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>The dimension columns both roll-up tables share, mapped alike.</summary>
internal static class RollupColumns
{
    public static void Dimensions<T>(EntityTypeBuilder<T> builder)
        where T : class
    {
        builder.Property<string>(nameof(RatingRollupEntity.ChainKey)).HasMaxLength(ColumnLengths.ChainKey).IsUnicode(false).IsRequired();

        foreach (var name in new[] { nameof(RatingRollupEntity.UnitCode), nameof(RatingRollupEntity.ProcedureCode), nameof(RatingRollupEntity.OfficerId), nameof(RatingRollupEntity.CounterId), nameof(RatingRollupEntity.SchemeCode) })
        {
            builder.Property<string>(name).HasMaxLength(ColumnLengths.Code).IsUnicode(false).IsRequired();
        }

        builder.Property<Ratings.RatingChannel>(nameof(RatingRollupEntity.Channel)).HasConversion<int>();
    }
}
