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

    /// <summary>
    /// Cycles known when this test was written and not yet broken, each exactly as the rule names it. The
    /// test fails on any other cycle, on one of these growing, and on one of these gone (then delete it
    /// here), so the list can only shrink.
    /// </summary>
    /// <remarks>
    /// Core: <c>SatisfactionKitOptions</c> (root namespace) holds the default scheme and the uniqueness
    /// rule and is read by the scheme provider, the rating service and the coordinator; the metrics
    /// (Diagnostics) take prompt states and rating channels. EfCore: <c>SatisfactionKitDbContext</c> and
    /// <c>SatisfactionKitModelOptions</c> (root) and the model-building extension use each other. Both need
    /// options split along their namespaces, a public API change of its own.
    /// </remarks>
    private static readonly string[] KnownCycles =
    [
        "Cycle between 7 namespaces: SatisfactionKit, SatisfactionKit.Alerts, SatisfactionKit.Diagnostics, SatisfactionKit.Prompts, SatisfactionKit.Ratings, SatisfactionKit.Reports, SatisfactionKit.Schemes",
        "Cycle between 4 namespaces: Microsoft.EntityFrameworkCore.SatisfactionKitModelBuilderExtensions, SatisfactionKit.EntityFrameworkCore, SatisfactionKit.EntityFrameworkCore.Configurations, SatisfactionKit.EntityFrameworkCore.Interceptors",
    ];

    [Fact]
    public void No_cycle_between_namespaces_but_the_known_ones()
    {
        using var set = new AssemblySet(SrcAssemblies.Paths());
        var violations = NamespaceCycleRule.Violations(set);

        var gone = KnownCycles.Where(known => !violations.Any(v => FirstLine(v) == known)).ToList();
        Assert.True(gone.Count == 0, $"Known cycle(s) no longer found; delete them from KnownCycles:{Environment.NewLine}{string.Join(Environment.NewLine, gone)}");
        AssertNone("namespace cycle(s) (nested types count as their outermost type's namespace)", [.. violations.Where(v => !KnownCycles.Contains(FirstLine(v)))]);
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

    private static string FirstLine(string violation) => violation.Split('\n')[0].TrimEnd('\r');

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
