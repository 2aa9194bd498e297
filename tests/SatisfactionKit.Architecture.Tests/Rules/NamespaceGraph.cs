using SatisfactionKit.Architecture.Tests.Metadata;

namespace SatisfactionKit.Architecture.Tests.Rules;

/// <summary>
/// Which namespace node uses which (see <see cref="AssemblySet.NodeOf"/>), each edge with one example
/// dependency between types. Only types of the analysed assemblies are nodes.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, TypeDependency>> _edges = new(StringComparer.Ordinal);

    public static NamespaceGraph Build(AssemblySet set)
    {
        var graph = new NamespaceGraph();
        foreach (var dependency in set.Assemblies.SelectMany(TypeScanner.Dependencies))
        {
            if (set.Find(dependency.To) is not null)
            {
                graph.Add(dependency);
            }
        }

        return graph;
    }

    public IReadOnlyDictionary<string, IReadOnlySet<string>> Edges =>
        _edges.ToDictionary(e => e.Key, e => (IReadOnlySet<string>)e.Value.Keys.ToHashSet(), StringComparer.Ordinal);

    /// <summary>Adds the dependency's edge; an example in code a developer wrote wins over one in compiler-generated code.</summary>
    public void Add(TypeDependency dependency)
    {
        var from = AssemblySet.NodeOf(dependency.From);
        var to = AssemblySet.NodeOf(dependency.To);
        if (from == to)
        {
            return;
        }

        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = new(StringComparer.Ordinal);
        }

        if (!targets.TryGetValue(to, out var example) || (IsGenerated(example) && !IsGenerated(dependency)))
        {
            targets[to] = dependency;
        }
    }

    public TypeDependency? Example(string from, string to) =>
        _edges.TryGetValue(from, out var targets) ? targets.GetValueOrDefault(to) : null;

    private static bool IsGenerated(TypeDependency dependency) => dependency.ToString().Contains('<', StringComparison.Ordinal);
}
