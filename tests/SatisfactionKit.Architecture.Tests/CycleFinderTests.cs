using SatisfactionKit.Architecture.Tests.Rules;

namespace SatisfactionKit.Architecture.Tests;

public sealed class CycleFinderTests
{
    private static readonly Dictionary<string, IReadOnlySet<string>> Graph = new()
    {
        ["A"] = new HashSet<string> { "B" },
        ["B"] = new HashSet<string> { "C" },
        ["C"] = new HashSet<string> { "A", "D" },
        ["D"] = new HashSet<string> { "E" },
        ["E"] = new HashSet<string> { "D" },
        ["F"] = new HashSet<string> { "F" },
        ["G"] = new HashSet<string> { "A", "H" },
    };

    [Fact]
    public void Finds_every_component_of_two_nodes_or_more()
    {
        var components = CycleFinder.Components(Graph);

        Assert.Equal([["A", "B", "C"], ["D", "E"]], components);
    }

    [Fact]
    public void Finds_no_cycle_in_an_acyclic_graph()
    {
        var acyclic = new Dictionary<string, IReadOnlySet<string>>
        {
            ["A"] = new HashSet<string> { "B", "C" },
            ["B"] = new HashSet<string> { "C" },
        };

        Assert.Empty(CycleFinder.Components(acyclic));
    }

    [Fact]
    public void Shortest_cycle_goes_back_to_the_start()
    {
        Assert.Equal(["A", "B", "C"], CycleFinder.ShortestCycle(Graph, "A"));
        Assert.Equal(["D", "E"], CycleFinder.ShortestCycle(Graph, "D"));
        Assert.Empty(CycleFinder.ShortestCycle(Graph, "G"));
    }
}
