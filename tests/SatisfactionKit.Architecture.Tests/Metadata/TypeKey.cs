namespace SatisfactionKit.Architecture.Tests.Metadata;

/// <summary>
/// A type by the assembly that defines it and its metadata full name (nested types as <c>Outer+Inner</c>,
/// generic types with their arity suffix, as in <c>EntityFrameworkPromptStore`1</c>).
/// </summary>
internal readonly record struct TypeKey(string Assembly, string FullName)
{
    /// <summary>The outermost declaring type: nested types (lambdas, state machines) belong to it.</summary>
    public TypeKey TopLevel => FullName.IndexOf('+', StringComparison.Ordinal) is var plus and >= 0
        ? this with { FullName = FullName[..plus] }
        : this;

    /// <summary>The namespace of the outermost declaring type ("" for the global namespace).</summary>
    public string Namespace => TopLevel.FullName.LastIndexOf('.') is var dot and >= 0 ? TopLevel.FullName[..dot] : "";

    public override string ToString() => FullName;
}
