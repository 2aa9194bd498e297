using SatisfactionKit.Architecture.Tests.Metadata;
using SatisfactionKit.Architecture.Tests.Rules;

namespace SatisfactionKit.Architecture.Tests;

/// <summary>The cycle rule on this test assembly's Samples.Cycles namespaces.</summary>
public sealed class NamespaceCycleRuleTests
{
    private const string Samples = "SatisfactionKit.Architecture.Tests.Samples.Cycles";

    [Fact]
    public void Reports_the_cycle_with_an_example_edge_each_way()
    {
        using var set = SelfAssembly.Load();

        var cycle = Assert.Single(NamespaceCycleRule.Violations(set), v => v.Contains(Samples, StringComparison.Ordinal));

        Assert.StartsWith($"Cycle between 2 namespaces: {Samples}.Left, {Samples}.Right", cycle, StringComparison.Ordinal);
        Assert.Contains($"{Samples}.Left → {Samples}.Right: {Samples}.Left.LeftType.get_Partner (signature) → {Samples}.Right.RightType", cycle, StringComparison.Ordinal);
        Assert.Contains($"{Samples}.Right → {Samples}.Left: {Samples}.Right.RightType+Nested.Build (body) → {Samples}.Left.LeftType", cycle, StringComparison.Ordinal);
        Assert.DoesNotContain("Leaf", cycle, StringComparison.Ordinal);
        Assert.DoesNotContain("SampleBuilderExtensions", cycle, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_types_belong_to_their_outer_namespace_and_extension_classes_are_their_own_node()
    {
        Assert.Equal("SatisfactionKit.Prompts", AssemblySet.NodeOf(new TypeKey("A", "SatisfactionKit.Prompts.PromptCoordinator+<CompleteAsync>d__19")));
        Assert.Equal("SatisfactionKit", AssemblySet.NodeOf(new TypeKey("A", "SatisfactionKit.SatisfactionKitOptions")));
        Assert.Equal(
            "Microsoft.Extensions.DependencyInjection.RatingPadsBuilderExtensions",
            AssemblySet.NodeOf(new TypeKey("A", "Microsoft.Extensions.DependencyInjection.RatingPadsBuilderExtensions+<>c")));
    }

    [Fact]
    public void An_edge_into_an_extension_class_and_back_is_a_cycle()
    {
        var graph = new NamespaceGraph();
        var extensions = new TypeKey("A", "Microsoft.Extensions.DependencyInjection.SampleExtensions");
        var options = new TypeKey("A", "SatisfactionKit.Options.SampleOptions");
        graph.Add(new TypeDependency(extensions, options, ".Add (signature)"));
        graph.Add(new TypeDependency(options, extensions, ".Validate (body)"));
        graph.Add(new TypeDependency(options, options with { FullName = "SatisfactionKit.Options.Other" }, ".X (body)"));

        var cycle = Assert.Single(NamespaceCycleRule.Violations(graph));

        Assert.Contains("SatisfactionKit.Options → Microsoft.Extensions.DependencyInjection.SampleExtensions: SatisfactionKit.Options.SampleOptions.Validate (body)", cycle, StringComparison.Ordinal);
    }
}
