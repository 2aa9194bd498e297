using SatisfactionKit.Testing;
using SatisfactionKit.Units;

namespace SatisfactionKit.Core.Tests.Units;

/// <summary>The hierarchy on either side of the 2025 merger of <see cref="SampleUnits"/>.</summary>
public sealed class UnitHierarchyTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    private static UnitHierarchy Hierarchy { get; } = UnitHierarchy.Create(SampleUnits.Catalogue, Today);

    [Fact]
    public void A_unit_is_found_as_it_was_on_a_date()
    {
        Assert.Equal("372", Hierarchy.Find("14101", SampleUnits.BeforeMerger)!.ParentCode);
        Assert.Equal("37", Hierarchy.Find("14101", SampleUnits.Merger)!.ParentCode);
        Assert.Null(Hierarchy.Find("13999", SampleUnits.BeforeMerger));
        Assert.Null(Hierarchy.Find("13321", SampleUnits.Merger));
        Assert.Null(Hierarchy.Find("NOPE", Today));
    }

    [Fact]
    public void Ancestors_and_subtrees_follow_the_date()
    {
        Assert.Equal(["347", "35"], Hierarchy.Ancestors("13321", SampleUnits.BeforeMerger).Select(u => u.Code));
        Assert.Equal(["372", "37"], Hierarchy.Ancestors("14101", SampleUnits.BeforeMerger).Select(u => u.Code));
        Assert.Equal(["37"], Hierarchy.Ancestors("14101", Today).Select(u => u.Code));
        Assert.Equal(["35", "347", "13321", "13324"], Hierarchy.Subtree("35", SampleUnits.BeforeMerger).Select(u => u.Code));
        Assert.Equal(["37", "13999", "14101"], Hierarchy.Subtree("37", Today).Select(u => u.Code));
        Assert.Empty(Hierarchy.Subtree("35", Today));
    }

    [Fact]
    public void The_successor_chain_leads_to_the_unit_in_effect_now()
    {
        Assert.Equal(["13999"], Hierarchy.SuccessorChain("13321", Today).Select(s => s.SuccessorCode));
        Assert.Empty(Hierarchy.SuccessorChain("13321", SampleUnits.BeforeMerger));
        Assert.Equal("37", Hierarchy.Heir("35", Today));
        Assert.Equal("14101", Hierarchy.Heir("14101", Today));
    }

    [Theory]
    [InlineData("13321", "province", false, "35")]
    [InlineData("13321", "province", true, "37")]
    [InlineData("13321", "commune", true, "13999")]
    [InlineData("13321", "district", false, "347")]
    [InlineData("14101", "district", true, "14101")]
    [InlineData("13999", "province", false, null)]
    [InlineData("X-99", "province", true, null)]
    public void A_recorded_code_is_placed_under_its_level(string code, string level, bool restructured, string? expected)
    {
        var rollup = new UnitRollup(new UnitLevel(level), restructured ? Today : SampleUnits.BeforeMerger, restructured ? UnitView.AsRestructured : UnitView.AsRecorded);

        Assert.Equal(expected, Hierarchy.Place(code, rollup)?.Code);
    }

    [Fact]
    public void A_subtree_as_restructured_takes_in_the_merged_units_history()
    {
        Assert.Equal(["13321", "13324", "347", "35"], Hierarchy.CodesWithin(new UnitScope("35", SampleUnits.BeforeMerger, UnitView.AsRecorded)).Order(StringComparer.Ordinal));
        Assert.Equal(["13321", "13324", "13999", "14101", "35", "37"], Hierarchy.CodesWithin(new UnitScope("37", Today)).Order(StringComparer.Ordinal));
        Assert.Equal(["13321", "13324", "13999"], Hierarchy.CodesWithin(new UnitScope("13999", Today)).Order(StringComparer.Ordinal));
        Assert.Empty(Hierarchy.CodesWithin(new UnitScope("35", Today)));
    }

    [Fact]
    public void A_few_thousand_units_resolve_fast()
    {
        var versions = new List<UnitVersion> { new("P", new UnitName("Tỉnh"), UnitLevel.Province, null, SampleUnits.Origin) };
        for (var d = 0; d < 40; d++)
        {
            versions.Add(new($"D{d}", new UnitName($"Huyện {d}"), UnitLevel.District, "P", SampleUnits.Origin, SampleUnits.Merger));
            for (var c = 0; c < 100; c++)
            {
                versions.Add(new($"C{d}-{c}", new UnitName($"Xã {d}-{c}"), UnitLevel.Commune, $"D{d}", SampleUnits.Origin, SampleUnits.Merger));
                versions.Add(new($"C{d}-{c}", new UnitName($"Xã {d}-{c}"), UnitLevel.Commune, "P", SampleUnits.Merger));
            }
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var hierarchy = UnitHierarchy.Create(new UnitCatalogue(versions, []), Today);
        var placed = hierarchy.Codes.Count(c => hierarchy.Place(c, new UnitRollup(UnitLevel.Province, SampleUnits.BeforeMerger, UnitView.AsRecorded)) is not null);
        var within = hierarchy.CodesWithin(new UnitScope("D7", SampleUnits.BeforeMerger, UnitView.AsRecorded));
        watch.Stop();

        Assert.Equal(4041, placed);
        Assert.Equal(101, within.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }
}
