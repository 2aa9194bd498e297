using System.Text;
using SatisfactionKit.Architecture.Tests.Metadata;

namespace SatisfactionKit.Architecture.Tests.Rules;

/// <summary>
/// Rule 1, no cycles between namespaces: every strongly connected component of the namespace graph is a
/// violation, reported with a shortest cycle through it and one example type dependency for every edge
/// between two of its namespaces.
/// </summary>
internal static class NamespaceCycleRule
{
    public static IReadOnlyList<string> Violations(AssemblySet set) => Violations(NamespaceGraph.Build(set));

    public static IReadOnlyList<string> Violations(NamespaceGraph graph)
    {
        var edges = graph.Edges;
        return [.. CycleFinder.Components(edges).Select(component => Describe(graph, edges, component))];
    }

    private static string Describe(NamespaceGraph graph, IReadOnlyDictionary<string, IReadOnlySet<string>> edges, IReadOnlyList<string> component)
    {
        var text = new StringBuilder();
        text.AppendLine($"Cycle between {component.Count} namespaces: {string.Join(", ", component)}");
        text.AppendLine($"  for example: {string.Join(" → ", CycleFinder.ShortestCycle(edges, component[0]).Append(component[0]))}");
        foreach (var from in component)
        {
            foreach (var to in component)
            {
                if (graph.Example(from, to) is { } example)
                {
                    text.AppendLine($"  {from} → {to}: {example}");
                }
            }
        }

        return text.ToString().TrimEnd();
    }
}
