using SatisfactionKit.Architecture.Tests.Metadata;
using SatisfactionKit.Architecture.Tests.Rules;

namespace SatisfactionKit.Architecture.Tests;

/// <summary>The type-test rule on this test assembly's Samples (Services, Consumers, a builder-extension class).</summary>
public sealed class TypeTestRuleTests
{
    private const string Services = "SatisfactionKit.Architecture.Tests.Samples.Services";
    private const string Consumer = "SatisfactionKit.Architecture.Tests.Samples.Consumers.SampleConsumer";

    [Fact]
    public void Sorts_services_from_data_exceptions_value_types_and_abstract_classes()
    {
        using var set = SelfAssembly.Load();
        bool IsService(string name) => TypeTestRule.IsService(set, set.Find(new TypeKey(set.Assemblies[0].Name, $"{Services}.{name}"))!);

        Assert.True(IsService("ISampleService"));
        Assert.True(IsService("SampleService"));
        Assert.True(IsService("SampleGenericService`1"));
        Assert.False(IsService("SampleBase"));
        Assert.False(IsService("SampleRecord"));
        Assert.False(IsService("SampleValue"));
        Assert.False(IsService("SampleFailureException"));
        Assert.False(IsService("SampleHelper"));
    }

    [Fact]
    public void Reports_concrete_services_anywhere_and_interfaces_of_another_namespace()
    {
        using var set = SelfAssembly.Load();

        var violations = set.Assemblies.SelectMany(TypeScanner.TypeTests)
            .Where(t => SelfAssembly.IsSample(t.In) && TypeTestRule.IsViolation(set, t))
            .Select(t => t.ToString())
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                $"Microsoft.Extensions.DependencyInjection.SampleBuilderExtensions.Probe: isinst {Services}.SampleService",
                $"{Consumer}.AsInterface: isinst {Services}.ISampleService",
                $"{Consumer}.CastGeneric: castclass {Services}.SampleGenericService`1",
                $"{Consumer}.IsService: isinst {Services}.SampleService",
                $"{Services}.SampleGenericService`1.IsPeer: isinst {Services}.SampleService",
            ],
            violations);
    }

    [Fact]
    public void Sees_every_kind_of_type_test_the_samples_compile_to()
    {
        using var set = SelfAssembly.Load();

        var tests = set.Assemblies.SelectMany(TypeScanner.TypeTests).Where(t => t.In.FullName == Consumer).Select(t => $"{t.Method}: {t.Instruction} {t.Operand}");

        Assert.Contains($"Unbox: unbox.any {Services}.SampleValue", tests);
        Assert.Contains($"IsRecord: isinst {Services}.SampleRecord", tests);
        Assert.Contains($"IsBase: isinst {Services}.SampleBase", tests);
    }
}
