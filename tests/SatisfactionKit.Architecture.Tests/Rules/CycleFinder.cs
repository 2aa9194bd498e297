namespace SatisfactionKit.Architecture.Tests.Rules;

/// <summary>
/// The cycles of a directed graph as its strongly connected components of two nodes or more (Tarjan's
/// algorithm); a node's edge to itself is not a cycle. Components and their nodes are sorted ordinally.
/// </summary>
internal static class CycleFinder
{
    public static IReadOnlyList<IReadOnlyList<string>> Components(IReadOnlyDictionary<string, IReadOnlySet<string>> edges)
    {
        var search = new Search(edges);
        foreach (var node in edges.Keys.Concat(edges.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal))
        {
            if (!search.Index.ContainsKey(node))
            {
                search.Visit(node);
            }
        }

        return [.. search.Found.Select(c => (IReadOnlyList<string>)[.. c.Order(StringComparer.Ordinal)]).OrderBy(c => c[0], StringComparer.Ordinal)];
    }

    /// <summary>A shortest path from <paramref name="start"/> back to itself, as the nodes visited (start first).</summary>
    public static IReadOnlyList<string> ShortestCycle(IReadOnlyDictionary<string, IReadOnlySet<string>> edges, string start)
    {
        var previous = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in Targets(edges, node).Order(StringComparer.Ordinal))
            {
                if (next == start)
                {
                    var path = new List<string> { node };
                    while (path[^1] != start)
                    {
                        path.Add(previous[path[^1]]);
                    }

                    path.Reverse();
                    return path;
                }

                if (next != node && previous.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [];
    }

    private static IEnumerable<string> Targets(IReadOnlyDictionary<string, IReadOnlySet<string>> edges, string node) =>
        edges.TryGetValue(node, out var targets) ? targets : [];

    private sealed class Search(IReadOnlyDictionary<string, IReadOnlySet<string>> edges)
    {
        private readonly Dictionary<string, int> _lowLink = [];
        private readonly Stack<string> _stack = new();
        private readonly HashSet<string> _onStack = [];

        public Dictionary<string, int> Index { get; } = [];

        public List<List<string>> Found { get; } = [];

        public void Visit(string node)
        {
            var index = Index.Count;
            Index[node] = index;
            _lowLink[node] = index;
            _stack.Push(node);
            _onStack.Add(node);
            foreach (var next in Targets(edges, node))
            {
                if (!Index.TryGetValue(next, out var nextIndex))
                {
                    Visit(next);
                    _lowLink[node] = Math.Min(_lowLink[node], _lowLink[next]);
                }
                else if (_onStack.Contains(next))
                {
                    _lowLink[node] = Math.Min(_lowLink[node], nextIndex);
                }
            }

            if (_lowLink[node] != Index[node])
            {
                return;
            }

            var component = new List<string>();
            string member;
            do
            {
                member = _stack.Pop();
                _onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);

            if (component.Count > 1)
            {
                Found.Add(component);
            }
        }
    }
}
