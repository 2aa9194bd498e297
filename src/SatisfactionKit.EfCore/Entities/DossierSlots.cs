using System.Globalization;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// The value of <see cref="RatingEntity.DossierSlot"/>, the column whose unique index makes the database
/// itself enforce "one rating per dossier" (<see cref="RatingUniqueness.PerDossier"/>) or "one per dossier
/// per channel" (<see cref="RatingUniqueness.PerDossierAndChannel"/>): two writers that both passed the
/// validator's look-up at the same moment cannot both commit. A rating without a dossier (a topic survey,
/// a rating of an officer) has no slot, and any number of those may be stored.
/// </summary>
/// <remarks>
/// The slot is derived from the dossier code and the channel, both inside the rating's hash, and from the
/// rule in force when the rating was written; after the rule changes, rows written before keep their slots.
/// </remarks>
internal static class DossierSlots
{
    /// <summary>The longest slot: a dossier code, a separator and a channel number.</summary>
    public const int MaxLength = ColumnLengths.Code + 8;

    public static string? For(Rating rating, RatingUniqueness uniqueness) => rating.Dossier?.DossierCode is { } code
        ? uniqueness == RatingUniqueness.PerDossier ? code : string.Create(CultureInfo.InvariantCulture, $"{code}|{(int)rating.Channel}")
        : null;
}
