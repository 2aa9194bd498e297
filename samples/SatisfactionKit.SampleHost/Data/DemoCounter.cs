namespace SatisfactionKit.SampleHost.Data;

/// <summary>A counter (quầy) of the one-stop section, where a rating pad sits.</summary>
public sealed class DemoCounter
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string UnitCode { get; set; }
    public required string OfficerId { get; set; }
}
