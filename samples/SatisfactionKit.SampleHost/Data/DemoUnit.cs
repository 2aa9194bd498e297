namespace SatisfactionKit.SampleHost.Data;

/// <summary>A unit (agency) of the demo one-stop software.</summary>
public sealed class DemoUnit
{
    public required string Code { get; set; }
    public required string Name { get; set; }
}
