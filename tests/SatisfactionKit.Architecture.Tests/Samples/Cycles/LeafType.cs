using SatisfactionKit.Architecture.Tests.Samples.Cycles.Left;

namespace SatisfactionKit.Architecture.Tests.Samples.Cycles.Leaf;

/// <summary>Uses Left, used by nothing: no cycle.</summary>
public static class LeafType
{
    public static object Use() => new LeftType();
}
