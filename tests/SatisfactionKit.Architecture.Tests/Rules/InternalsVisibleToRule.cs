using System.Reflection.Metadata;
using SatisfactionKit.Architecture.Tests.Metadata;

namespace SatisfactionKit.Architecture.Tests.Rules;

/// <summary>
/// Rule 2, no package opens its internals to another package: an <c>InternalsVisibleTo</c> of an analysed
/// assembly may name only a test-side assembly (<c>*.Tests</c>, <c>*.Harness</c>,
/// <c>SatisfactionKit.Benchmarks*</c>) or a non-SatisfactionKit one; any other <c>SatisfactionKit.*</c>
/// friend (another package, a sample) is a violation. A provider package extends a public seam under
/// <c>SatisfactionKit.*.Internal</c> instead.
/// </summary>
internal static class InternalsVisibleToRule
{
    private const string AttributeName = "System.Runtime.CompilerServices.InternalsVisibleToAttribute";

    public static IReadOnlyList<string> Violations(AssemblySet set) =>
        [.. set.Assemblies.SelectMany(a => FriendsOf(a).Where(f => IsViolation(a.Name, f)).Select(f => $"{a.Name} opens its internals to {f}"))];

    public static bool IsViolation(string assembly, string friend) =>
        friend != assembly && friend.StartsWith("SatisfactionKit.", StringComparison.Ordinal) && !SrcAssemblies.IsTestSide(friend);

    /// <summary>The assembly names (without public key) of every <c>InternalsVisibleTo</c> on the assembly.</summary>
    public static IEnumerable<string> FriendsOf(LoadedAssembly assembly)
    {
        var reader = assembly.Reader;
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (AttributeType(assembly, attribute.Constructor)?.FullName != AttributeName)
            {
                continue;
            }

            var value = reader.GetBlobReader(attribute.Value);
            if (value.ReadUInt16() == 1 && value.ReadSerializedString() is { } friend)
            {
                yield return friend.Split(',')[0].Trim();
            }
        }
    }

    private static TypeKey? AttributeType(LoadedAssembly assembly, EntityHandle constructor) => constructor.Kind switch
    {
        HandleKind.MemberReference => assembly.UseOf(assembly.Reader.GetMemberReference((MemberReferenceHandle)constructor).Parent).Head,
        HandleKind.MethodDefinition => assembly.KeyOf(assembly.Reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType()),
        _ => null,
    };
}
