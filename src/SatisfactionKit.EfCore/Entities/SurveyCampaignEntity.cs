namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>The row of a <see cref="SatisfactionKit.Channels.Surveys.SurveyCampaign"/>.</summary>
internal sealed class SurveyCampaignEntity
{
    public string Id { get; set; } = string.Empty;

    public string SchemeCode { get; set; } = string.Empty;

    public int? SchemeVersion { get; set; }

    public string Topic { get; set; } = string.Empty;

    public string Period { get; set; } = string.Empty;

    public string? AudienceUnitCode { get; set; }

    public DateTime OpensAt { get; set; }

    public DateTime ClosesAt { get; set; }
}
