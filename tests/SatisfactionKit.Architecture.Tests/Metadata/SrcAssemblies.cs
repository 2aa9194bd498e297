using System.Text.Json;

namespace SatisfactionKit.Architecture.Tests.Metadata;

/// <summary>
/// The compiled packages under src/: the project references of this test project (it references
/// src/*/*.csproj) whose assembly name starts with <c>SatisfactionKit.</c> and that are not test-side
/// assemblies, read from this project's deps.json and found beside it in the output folder.
/// </summary>
internal static class SrcAssemblies
{
    public static IReadOnlyList<string> Paths()
    {
        var self = typeof(SrcAssemblies).Assembly.GetName().Name!;
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, $"{self}.deps.json")));
        var names = deps.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Value.GetProperty("type").GetString() == "project")
            .Select(library => library.Name.Split('/')[0])
            .Where(name => name.StartsWith("SatisfactionKit.", StringComparison.Ordinal) && name != self && !IsTestSide(name))
            .Order(StringComparer.Ordinal)
            .ToList();
        return [.. names.Select(name => Path.Combine(AppContext.BaseDirectory, $"{name}.dll"))];
    }

    /// <summary>Tests, benchmarks and harnesses: they may see internals and are not packages.</summary>
    public static bool IsTestSide(string assemblyName) =>
        assemblyName.EndsWith(".Tests", StringComparison.Ordinal)
        || assemblyName.EndsWith(".Harness", StringComparison.Ordinal)
        || assemblyName.StartsWith("SatisfactionKit.Benchmarks", StringComparison.Ordinal);
}
