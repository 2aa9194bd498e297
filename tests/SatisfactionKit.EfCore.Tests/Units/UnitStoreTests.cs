using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.Localization;
using SatisfactionKit.Reports;
using SatisfactionKit.Units;

namespace SatisfactionKit.EfCore.Tests.Units;

/// <summary>The unit catalogue in SatisfactionKit's tables: kept whole or not at all, read in two queries. Run once per provider.</summary>
public abstract class UnitStoreTests : StoreFixtureTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(StoreFixture.Start.Date);

    private IUnitStore Store => Fixture.Services.GetRequiredService<IUnitStore>();

    private IUnitRegistry Registry => Fixture.Services.GetRequiredService<IUnitRegistry>();

    [Fact]
    public async Task The_catalogue_round_trips_with_codes_names_and_dates_as_given()
    {
        await Store.ReplaceAsync(SampleUnits.Catalogue, Today, Ct);

        var loaded = await Store.LoadAsync(Ct);

        Assert.Equal(SampleUnits.Versions.OrderBy(v => v.Code, StringComparer.Ordinal).ThenBy(v => v.ValidFrom), loaded.Versions);
        Assert.Equal(SampleUnits.Successions.OrderBy(s => s.PredecessorCode, StringComparer.Ordinal), loaded.Successions);
        Assert.Equal(Today, Registry.Today);
        Assert.Equal(["372", "37"], (await Registry.GetAncestorsAsync("14101", SampleUnits.BeforeMerger, Ct)).Select(u => u.Code));
        Assert.Equal(["37", "13999", "14101"], (await Registry.GetSubtreeAsync("37", Today, Ct)).Select(u => u.Code));
        Assert.Equal("Phường Phủ Lý", (await Registry.FindAsync("13999", Today, Ct))!.Name.Vi);
        Assert.Equal(["13999"], (await Registry.GetSuccessorChainAsync("13324", Ct)).Select(s => s.SuccessorCode));
    }

    [Fact]
    public async Task The_registry_keeps_the_hierarchy_until_the_catalogue_is_replaced_through_the_store()
    {
        await Store.ReplaceAsync(SampleUnits.Catalogue, Today, Ct);
        Assert.Equal("Phường Phủ Lý", (await Registry.FindAsync("13999", Today, Ct))!.Name.Vi);

        Fixture.Sql.Commands.Clear();
        Assert.Equal("Phường Phủ Lý", (await Registry.FindAsync("13999", Today, Ct))!.Name.Vi);
        Assert.Equal(["37", "13999", "14101"], (await Registry.GetSubtreeAsync("37", Today, Ct)).Select(u => u.Code));
        Assert.Empty(Fixture.Sql.Commands);

        var renamed = SampleUnits.Catalogue with
        {
            Versions = [.. SampleUnits.Versions.Select(v => v.Code == "13999" ? v with { Name = new UnitName("Phường Phủ Lý (mới)") } : v)],
        };
        await Store.ReplaceAsync(renamed, Today, Ct);
        Fixture.Sql.Commands.Clear();

        Assert.Equal("Phường Phủ Lý (mới)", (await Registry.FindAsync("13999", Today, Ct))!.Name.Vi);
        Assert.Equal(2, Fixture.Sql.Commands.Count);
    }

    [Fact]
    public async Task A_catalogue_with_an_error_is_refused_and_the_stored_one_kept()
    {
        await Store.ReplaceAsync(SampleUnits.Catalogue, Today, Ct);
        var broken = SampleUnits.Catalogue with { Versions = [.. SampleUnits.Versions, new UnitVersion("99999", new UnitName("Xã mới"), UnitLevel.Commune, "NOPE", SampleUnits.Merger)] };

        var ex = await Assert.ThrowsAsync<UnitCatalogueException>(async () => await Store.ReplaceAsync(broken, Today, Ct));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((10, ErrorCodes.UnitParentUnknown), (error.Row, error.ErrorCode));
        Assert.Equal(SampleUnits.Versions.Count, (await Store.LoadAsync(Ct)).Versions.Count);
    }

    [Fact]
    public async Task A_few_thousand_units_are_stored_and_rolled_up_without_a_query_per_unit()
    {
        var versions = new List<UnitVersion> { new("P", new UnitName("Tỉnh"), UnitLevel.Province, null, SampleUnits.Origin) };
        for (var d = 0; d < 30; d++)
        {
            versions.Add(new($"D{d:00}", new UnitName($"Huyện {d}"), UnitLevel.District, "P", SampleUnits.Origin, SampleUnits.Merger));
            for (var c = 0; c < 100; c++)
            {
                versions.Add(new($"C{d:00}{c:000}", new UnitName($"Xã {d}-{c}"), UnitLevel.Commune, $"D{d:00}", SampleUnits.Origin, SampleUnits.Merger));
                versions.Add(new($"C{d:00}{c:000}", new UnitName($"Xã {d}-{c}"), UnitLevel.Commune, "P", SampleUnits.Merger));
            }
        }

        await Store.ReplaceAsync(new UnitCatalogue(versions, []), Today, Ct);
        foreach (var code in new[] { "C00000", "C07042", "C29099" })
        {
            await Fixture.Ratings.AddAsync(UnitRatings.Hanoi(code, 6, 10, $"D-{code}", true), Ct);
        }

        Fixture.Sql.Commands.Clear();
        var watch = Stopwatch.StartNew();
        var report = await Fixture.Services.GetRequiredService<IUnitReportQueries>().GetSatisfactionAsync(
            UnitRatings.JuneAndJuly() with { UnitScope = new UnitScope("D07", SampleUnits.BeforeMerger, UnitView.AsRecorded) },
            new UnitRollup(UnitLevel.District, SampleUnits.BeforeMerger, UnitView.AsRecorded),
            Ct);
        watch.Stop();

        Assert.Equal([("D07", 1)], report.Rows.Select(r => (r.UnitCode, r.Figures.Ratings)));
        Assert.Equal(4, Fixture.Sql.Commands.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}

/// <summary>The unit store over a SQLite file.</summary>
public sealed class SqliteUnitStoreTests : UnitStoreTests
{
    protected override string Provider => "sqlite";
}

/// <summary>The unit store over PostgreSQL.</summary>
public sealed class PostgresUnitStoreTests : UnitStoreTests
{
    protected override string Provider => "postgres";
}
