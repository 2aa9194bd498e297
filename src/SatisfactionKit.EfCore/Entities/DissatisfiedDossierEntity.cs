namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// How many dissatisfied ratings a dossier code has: one row per code that has any, kept in the transaction
/// of every rating write beside the roll-up cells. The cells carry each cell's count of dissatisfied
/// ratings with a dossier, which adds up; the distinct count of dissatisfied dossiers a report shows is that
/// sum less the repeats, and only the rare codes with <see cref="Ratings"/> above one (a dossier dissatisfied
/// on two channels) can repeat, so a report reads those few ratings instead of every dissatisfied one.
/// </summary>
/// <remarks>
/// The row is also what serializes two writers adding a dissatisfied rating of the same code from two
/// chains: both upsert it, so neither can miss the other. For provider packages and read-only queries;
/// may change between minor versions.
/// </remarks>
public sealed class DissatisfiedDossierEntity
{
    /// <summary>The dossier code, as the ratings carry it.</summary>
    public string DossierCode { get; set; } = string.Empty;

    /// <summary>How many stored ratings of this code are dissatisfied.</summary>
    public int Ratings { get; set; }
}
