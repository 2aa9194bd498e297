namespace SatisfactionKit.SampleHost.Data;

/// <summary>An officer who receives dossiers and returns results.</summary>
public sealed class DemoOfficer
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string UnitCode { get; set; }
}
