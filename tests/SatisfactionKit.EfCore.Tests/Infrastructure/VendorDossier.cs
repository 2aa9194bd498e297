namespace SatisfactionKit.EfCore.Tests.Infrastructure;

/// <summary>A vendor's own entity, living in the same context as SatisfactionKit's tables.</summary>
public sealed class VendorDossier
{
    public int Id { get; set; }

    public string Code { get; set; } = string.Empty;
}
