using SatisfactionKit.Architecture.Tests.Rules;

namespace SatisfactionKit.Architecture.Tests;

public sealed class InternalsVisibleToRuleTests
{
    [Theory]
    [InlineData("SatisfactionKit.EfCore.PostgreSql", true)]
    [InlineData("SatisfactionKit.SampleHost", true)]
    [InlineData("SatisfactionKit.EfCore.Tests", false)]
    [InlineData("SatisfactionKit.Devices.Harness", false)]
    [InlineData("SatisfactionKit.Benchmarks", false)]
    [InlineData("SatisfactionKit.Benchmarks.PadHost", false)]
    [InlineData("SatisfactionKit.EfCore", false)]
    [InlineData("DynamicProxyGenAssembly2", false)]
    public void A_package_may_open_its_internals_only_to_the_test_side(string friend, bool violation) =>
        Assert.Equal(violation, InternalsVisibleToRule.IsViolation("SatisfactionKit.EfCore", friend));

    [Fact]
    public void Reads_the_friends_from_the_compiled_assembly()
    {
        using var set = SelfAssembly.Load();

        Assert.Equal(
            ["SatisfactionKit.Architecture.Samples.Provider", "SatisfactionKit.Architecture.Samples.Tests"],
            InternalsVisibleToRule.FriendsOf(set.Assemblies[0]).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["SatisfactionKit.Architecture.Tests opens its internals to SatisfactionKit.Architecture.Samples.Provider"],
            InternalsVisibleToRule.Violations(set));
    }
}
