using System.Reflection;

namespace SatisfactionKit.Architecture.Tests.Metadata;

/// <summary>What the rules need to know about one type defined in an analysed assembly.</summary>
internal sealed record TypeFacts(
    TypeKey Key,
    TypeAttributes Attributes,
    TypeKey? BaseType,
    IReadOnlyList<TypeKey> Interfaces,
    bool IsRecord)
{
    public bool IsInterface => (Attributes & TypeAttributes.Interface) != 0;

    /// <summary>Abstract classes, and static classes (abstract sealed in metadata).</summary>
    public bool IsAbstract => (Attributes & TypeAttributes.Abstract) != 0 && !IsInterface;

    public string SimpleName => Key.FullName[(Math.Max(Key.FullName.LastIndexOf('.'), Key.FullName.LastIndexOf('+')) + 1)..];
}
