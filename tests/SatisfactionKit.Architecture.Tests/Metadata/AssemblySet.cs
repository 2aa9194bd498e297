using System.Reflection.Metadata;

namespace SatisfactionKit.Architecture.Tests.Metadata;

/// <summary>
/// The analysed assemblies and an index of every type they define, so that a reference from one assembly
/// to a type of another resolves to its facts. Types of any other assembly (the BCL, EF Core, …) are not
/// in the index: the rules ignore them.
/// </summary>
internal sealed class AssemblySet : IDisposable
{
    private readonly Dictionary<TypeKey, TypeFacts> _types = [];

    public AssemblySet(IEnumerable<string> paths)
    {
        Assemblies = [.. paths.Select(p => new LoadedAssembly(p)).OrderBy(a => a.Name, StringComparer.Ordinal)];
        foreach (var assembly in Assemblies)
        {
            foreach (var handle in assembly.Reader.TypeDefinitions)
            {
                var facts = FactsOf(assembly, handle);
                _types[facts.Key] = facts;
            }
        }
    }

    public IReadOnlyList<LoadedAssembly> Assemblies { get; }

    public IEnumerable<TypeFacts> Types => _types.Values;

    public TypeFacts? Find(TypeKey key) => _types.GetValueOrDefault(key);

    /// <summary>
    /// The node of a type in the namespace graph: the namespace of its outermost declaring type when that is
    /// <c>SatisfactionKit</c> or under it; otherwise (builder extensions in
    /// <c>Microsoft.Extensions.DependencyInjection</c>, <c>Microsoft.AspNetCore.Builder</c>, …) the outermost
    /// type itself, so that two packages' extension classes never merge into one node.
    /// </summary>
    public static string NodeOf(TypeKey type)
    {
        var ns = type.Namespace;
        return ns == "SatisfactionKit" || ns.StartsWith("SatisfactionKit.", StringComparison.Ordinal) ? ns : type.TopLevel.FullName;
    }

    /// <summary>The type itself, its analysed base types and the interfaces they implement or inherit.</summary>
    public IEnumerable<TypeFacts> SelfAndAncestors(TypeFacts type)
    {
        var seen = new HashSet<TypeKey>();
        var pending = new Stack<TypeFacts>([type]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current.Key))
            {
                continue;
            }

            yield return current;
            var parents = current.BaseType is { } baseType ? current.Interfaces.Append(baseType) : current.Interfaces;
            foreach (var next in parents)
            {
                if (Find(next) is { } facts)
                {
                    pending.Push(facts);
                }
            }
        }
    }

    /// <summary>The first base type outside the analysed assemblies (<c>System.Object</c>, <c>System.Exception</c>, …).</summary>
    public TypeKey? ExternalBaseOf(TypeFacts type)
    {
        var current = type;
        for (var depth = 0; depth < 64 && current.BaseType is { } baseType; depth++)
        {
            if (Find(baseType) is not { } next)
            {
                return baseType;
            }

            current = next;
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var assembly in Assemblies)
        {
            assembly.Dispose();
        }
    }

    private static TypeFacts FactsOf(LoadedAssembly assembly, TypeDefinitionHandle handle)
    {
        var reader = assembly.Reader;
        var type = reader.GetTypeDefinition(handle);
        var interfaces = type.GetInterfaceImplementations()
            .Select(i => assembly.UseOf(reader.GetInterfaceImplementation(i).Interface).Head)
            .OfType<TypeKey>()
            .ToList();
        var isRecord = type.GetMethods().Any(m => reader.StringComparer.Equals(reader.GetMethodDefinition(m).Name, "<Clone>$"))
            || type.GetProperties().Any(p => reader.StringComparer.Equals(reader.GetPropertyDefinition(p).Name, "EqualityContract"));
        var baseType = type.BaseType.IsNil ? null : assembly.UseOf(type.BaseType).Head;
        return new TypeFacts(assembly.KeyOf(handle), type.Attributes, baseType, interfaces, isRecord);
    }
}
