using System.Collections.Immutable;

namespace SatisfactionKit.Architecture.Tests.Metadata;

/// <summary>
/// The types a signature or a type token mentions. <see cref="Head"/> is the type a type test would test
/// against: the generic definition of a generic instance, nothing for arrays, pointers and type parameters.
/// </summary>
internal sealed record TypeUse(TypeKey? Head, ImmutableArray<TypeKey> Types)
{
    public static readonly TypeUse None = new(null, []);

    public static TypeUse Of(TypeKey type) => new(type, [type]);

    public TypeUse WithoutHead() => this with { Head = null };

    public static TypeUse Combine(TypeKey? head, IEnumerable<TypeUse> parts) => new(head, [.. parts.SelectMany(p => p.Types)]);
}
