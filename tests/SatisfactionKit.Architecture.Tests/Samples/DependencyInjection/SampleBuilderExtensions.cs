using SatisfactionKit.Architecture.Tests.Samples.Cycles.Left;
using SatisfactionKit.Architecture.Tests.Samples.Services;

namespace Microsoft.Extensions.DependencyInjection;

// Synthetic input: a builder-extension class (its own node in the namespace graph, the composition root).
public static class SampleBuilderExtensions
{
    /// <summary>A composition root's cast of an untyped instance to the service interface: allowed.</summary>
    public static ISampleService Create(object instance) => (ISampleService)instance;

    /// <summary>A probe for a concrete service: a violation even here.</summary>
    public static bool Probe(object instance) => instance is SampleService;

    /// <summary>An edge into the sample namespaces: extension classes are leaves, this makes no cycle.</summary>
    public static LeftType Wire() => new();
}
