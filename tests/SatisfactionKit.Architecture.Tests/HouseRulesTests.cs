using SatisfactionKit.Architecture.Tests.Metadata;
using SatisfactionKit.Architecture.Tests.Rules;

namespace SatisfactionKit.Architecture.Tests;

/// <summary>
/// The house rules of docs/DESIGN.md, checked on the compiled assembly of every package under src/.
/// Each test fails with every violation, naming the types and namespaces involved.
/// </summary>
public sealed class HouseRulesTests
{
    [Fact]
    public void Every_package_under_src_is_analysed()
    {
        var analysed = SrcAssemblies.Paths().Select(Path.GetFileNameWithoutExtension).ToList();
        var projects = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(projects, analysed);
    }

    [Fact]
    public void No_cycle_between_namespaces()
    {
        using var set = new AssemblySet(SrcAssemblies.Paths());

        AssertNone("namespace cycle(s) (nested types count as their outermost type's namespace)", NamespaceCycleRule.Violations(set));
    }

    [Fact]
    public void No_package_opens_its_internals_to_another_package()
    {
        using var set = new AssemblySet(SrcAssemblies.Paths());

        AssertNone("InternalsVisibleTo between packages (extend a public seam under SatisfactionKit.*.Internal instead)", InternalsVisibleToRule.Violations(set));
    }

    [Fact]
    public void No_runtime_type_test_of_a_service()
    {
        using var set = new AssemblySet(SrcAssemblies.Paths());

        AssertNone("runtime type test(s) of a service (a seam is an interface the composition chooses)", TypeTestRule.Violations(set));
    }

    private static void AssertNone(string what, IReadOnlyList<string> violations)
    {
        if (violations.Count > 0)
        {
            Assert.Fail($"{violations.Count} {what}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SatisfactionKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No SatisfactionKit.sln above {AppContext.BaseDirectory}.");
    }
}
