using SatisfactionKit.Architecture.Tests.Samples.Cycles.Right;

namespace SatisfactionKit.Architecture.Tests.Samples.Cycles.Left;

// Synthetic input for NamespaceCycleRuleTests: Left and Right use each other (Right only through a nested type).
public sealed class LeftType
{
    public RightType? Partner { get; set; }
}
