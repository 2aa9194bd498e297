using System.Globalization;
using SatisfactionKit.Localization;
using SatisfactionKit.Testing;
using SatisfactionKit.Units;

namespace SatisfactionKit.Core.Tests.Units;

/// <summary>Each error of a catalogue names its row, in Vietnamese and English; a store keeps nothing while there is one.</summary>
public sealed class UnitCatalogueValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    private static UnitVersion Version(string code, string? parent, DateOnly from, DateOnly? to = null, string level = "commune") =>
        new(code, new UnitName($"Đơn vị {code}"), new UnitLevel(level), parent, from, to);

    [Fact]
    public void The_sample_catalogue_is_valid() => Assert.Empty(UnitCatalogueValidator.Validate(SampleUnits.Catalogue, Today));

    [Fact]
    public void A_version_that_ends_before_it_begins_is_refused_naming_its_row()
    {
        var catalogue = new UnitCatalogue([Version("P", null, SampleUnits.Origin), Version("X", "P", new DateOnly(2025, 7, 1), new DateOnly(2025, 6, 1))], []);

        var error = Assert.Single(UnitCatalogueValidator.Validate(catalogue, Today));

        Assert.Equal((UnitCatalogueError.VersionsSource, 2, "ValidTo", ErrorCodes.UnitVersionEndsBeforeStart), (error.Source, error.Row, error.Column, error.ErrorCode));
        Assert.Equal("Phiên bản của đơn vị 'X' kết thúc ngày 2025-06-01, không sau ngày bắt đầu 2025-07-01.", error.Text.Vi);
        Assert.Equal("A version of unit 'X' ends on 2025-06-01, not after it begins on 2025-07-01.", error.Text.En);
        Assert.Equal(error.Text.En, error.Text.Get(CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void Overlapping_versions_of_one_unit_are_refused()
    {
        var catalogue = new UnitCatalogue([Version("X", null, SampleUnits.Origin, new DateOnly(2025, 7, 2)), Version("X", null, SampleUnits.Merger)], []);

        var error = Assert.Single(UnitCatalogueValidator.Validate(catalogue, Today));

        Assert.Equal((2, ErrorCodes.UnitVersionsOverlap), (error.Row, error.ErrorCode));
        Assert.Contains("(row 1)", error.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_in_parents_is_refused_on_the_day_it_appears()
    {
        // A is under B throughout; B moves under A on 2025-07-01.
        var catalogue = new UnitCatalogue(
        [
            Version("A", "B", SampleUnits.Origin),
            Version("B", null, SampleUnits.Origin, SampleUnits.Merger),
            Version("B", "A", SampleUnits.Merger),
        ], []);

        var error = Assert.Single(UnitCatalogueValidator.Validate(catalogue, Today));

        Assert.Equal((1, "ParentCode", ErrorCodes.UnitParentCycle), (error.Row, error.Column, error.ErrorCode));
        Assert.Contains("on 2025-07-01", error.Text.En, StringComparison.Ordinal);
        Assert.Contains("A → B → A", error.Text.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_parent_is_refused()
    {
        var error = Assert.Single(UnitCatalogueValidator.Validate(new UnitCatalogue([Version("X", "NOPE", SampleUnits.Origin)], []), Today));

        Assert.Equal((1, "ParentCode", ErrorCodes.UnitParentUnknown), (error.Row, error.Column, error.ErrorCode));
        Assert.Equal("Unit 'X' names parent 'NOPE', which is not in the catalogue.", error.Text.En);
    }

    [Fact]
    public void A_succession_in_the_future_is_refused()
    {
        var catalogue = SampleUnits.Catalogue with
        {
            Successions = [.. SampleUnits.Successions, new UnitSuccession("372", "37", new DateOnly(2026, 11, 3))],
        };

        var error = Assert.Single(UnitCatalogueValidator.Validate(catalogue, Today));

        Assert.Equal((UnitCatalogueError.SuccessionsSource, 4, "EffectiveOn", ErrorCodes.UnitSuccessionInFuture), (error.Source, error.Row, error.Column, error.ErrorCode));
        Assert.Contains("2026-11-03", error.Text.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Successions_that_loop_split_without_an_heir_or_leave_the_predecessor_in_effect_are_refused()
    {
        var versions = new[] { Version("A", null, SampleUnits.Origin, SampleUnits.Merger), Version("B", null, SampleUnits.Origin, SampleUnits.Merger), Version("C", null, SampleUnits.Origin) };
        UnitSuccession[] successions = [new("A", "B", SampleUnits.Merger), new("B", "A", SampleUnits.Merger), new("C", "A", SampleUnits.Merger), new("C", "B", SampleUnits.Merger)];

        var errors = UnitCatalogueValidator.Validate(new UnitCatalogue(versions, successions), Today);

        Assert.Contains(errors, e => e.ErrorCode == ErrorCodes.UnitSuccessionCycle && e.Text.En.Contains("A → B → A", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ErrorCode == ErrorCodes.UnitSuccessionHistory && e.Row == 4);
        Assert.Contains(errors, e => e.ErrorCode == ErrorCodes.UnitPredecessorInEffect && e.Row == 3);
    }

    [Fact]
    public void A_store_refuses_the_whole_catalogue_with_a_bilingual_message()
    {
        var ex = Assert.Throws<UnitCatalogueException>(() => UnitHierarchy.Create(new UnitCatalogue([Version("X", "NOPE", SampleUnits.Origin)], []), Today));

        Assert.Contains("versions, dòng/row 1, ParentCode", ex.Message, StringComparison.Ordinal);
        Assert.Contains("không có trong danh mục", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not in the catalogue", ex.Message, StringComparison.Ordinal);
    }
}
