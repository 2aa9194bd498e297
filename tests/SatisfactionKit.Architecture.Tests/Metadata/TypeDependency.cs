namespace SatisfactionKit.Architecture.Tests.Metadata;

/// <summary>A use of type <see cref="To"/> by type <see cref="From"/>; <see cref="Via"/> says by which member and how.</summary>
internal sealed record TypeDependency(TypeKey From, TypeKey To, string Via)
{
    public override string ToString() => $"{From}{Via} → {To}";
}
