using SatisfactionKit.Architecture.Tests.Metadata;

namespace SatisfactionKit.Architecture.Tests;

/// <summary>This test assembly read as the rules read a package: its Samples namespaces are the synthetic input.</summary>
internal static class SelfAssembly
{
    public static AssemblySet Load() => new([typeof(SelfAssembly).Assembly.Location]);

    public static bool IsSample(TypeKey type) =>
        type.FullName.StartsWith("SatisfactionKit.Architecture.Tests.Samples.", StringComparison.Ordinal)
        || type.FullName.StartsWith("Microsoft.Extensions.DependencyInjection.Sample", StringComparison.Ordinal);
}
