using System.Reflection.Metadata;
using SatisfactionKit.Architecture.Tests.Metadata;

namespace SatisfactionKit.Architecture.Tests.Rules;

/// <summary>
/// Rule 3, no runtime type tests of services: an <c>isinst</c>, <c>castclass</c> or <c>unbox.any</c>
/// (C#'s <c>is</c>, <c>as</c>, casts, pattern matching; generic instances count as their definition) whose
/// operand is a service of the analysed assemblies is a violation when
/// <list type="bullet">
/// <item>the service is a concrete class, in any namespace: the code bypasses the seam the composition chose
/// (EntityFrameworkRatingStore testing for its sibling EntityFrameworkPromptStore shares a namespace with it);</item>
/// <item>the service is an interface of another namespace node than the method's: a capability probe across
/// namespaces (RatingService asking whether its store is an IPromptRatingStore).</item>
/// </list>
/// A type testing against itself or a type nested in it (Equals, lambdas, state machines) is exempt, and so is a
/// <c>castclass</c> to a service interface in a builder-extension class (the composition root turning a
/// ServiceDescriptor's untyped instance into the service it is registered as); an <c>is</c>/<c>as</c> there is not.
/// See <see cref="IsService"/> for what a service is.
/// </summary>
internal static class TypeTestRule
{
    public static IReadOnlyList<string> Violations(AssemblySet set) =>
        [.. set.Assemblies.SelectMany(TypeScanner.TypeTests).Where(t => IsViolation(set, t)).Distinct().Select(t => Describe(set, t))];

    public static bool IsViolation(AssemblySet set, TypeTest test)
    {
        if (set.Find(test.Operand) is not { } operand || !IsService(set, operand) || test.In.TopLevel == test.Operand.TopLevel)
        {
            return false;
        }

        if (!operand.IsInterface)
        {
            return true;
        }

        var node = AssemblySet.NodeOf(test.In);
        var compositionCast = test.OpCode == ILOpCode.Castclass && node == test.In.TopLevel.FullName;
        return node != AssemblySet.NodeOf(test.Operand) && !compositionCast;
    }

    /// <summary>
    /// A service is an interface of the analysed assemblies, or a class of them that is not abstract or
    /// static, not a value type, enum or delegate, not a record, not an exception or attribute (by its first
    /// base type outside the analysed assemblies, or its own name), and that implements, itself or through
    /// its base classes, an interface of the analysed assemblies whose name is <c>I</c> + a capital letter.
    /// </summary>
    public static bool IsService(AssemblySet set, TypeFacts type)
    {
        if (type.IsInterface)
        {
            return true;
        }

        var root = set.ExternalBaseOf(type)?.FullName ?? "";
        if (type.IsAbstract || type.IsRecord || root is "System.ValueType" or "System.Enum" or "System.MulticastDelegate"
            || IsExceptionOrAttribute(root) || IsExceptionOrAttribute(type.Key.FullName))
        {
            return false;
        }

        return set.SelfAndAncestors(type).Any(t => t.IsInterface && t.SimpleName is [ 'I', var second, ..] && char.IsUpper(second));
    }

    private static bool IsExceptionOrAttribute(string name) =>
        name.EndsWith("Exception", StringComparison.Ordinal) || name.EndsWith("Attribute", StringComparison.Ordinal);

    private static string Describe(AssemblySet set, TypeTest test)
    {
        var what = set.Find(test.Operand)!.IsInterface ? "service interface" : "concrete service";
        return $"{test} ({what} of {AssemblySet.NodeOf(test.Operand)}, tested in {AssemblySet.NodeOf(test.In)})";
    }
}
