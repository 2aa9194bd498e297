namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>One stored version of a scheme, kept as the JSON of <see cref="Schemes.RatingSchemeJson"/>.</summary>
internal sealed class RatingSchemeEntity
{
    public string Code { get; set; } = string.Empty;

    public int Version { get; set; }

    public string Json { get; set; } = string.Empty;

    public DateTime StoredAt { get; set; }
}
