namespace SatisfactionKit.SampleHost.Data;

/// <summary>An administrative procedure (thủ tục hành chính) of the demo.</summary>
public sealed class DemoProcedure
{
    public required string Code { get; set; }
    public required string Name { get; set; }
}
