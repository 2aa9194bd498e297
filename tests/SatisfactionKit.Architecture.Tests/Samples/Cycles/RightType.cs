using SatisfactionKit.Architecture.Tests.Samples.Cycles.Left;

namespace SatisfactionKit.Architecture.Tests.Samples.Cycles.Right;

public sealed class RightType
{
    public static object Make() => Nested.Build();

    private static class Nested
    {
        public static object Build() => new LeftType();
    }
}
