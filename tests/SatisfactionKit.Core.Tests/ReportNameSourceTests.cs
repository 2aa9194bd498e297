using SatisfactionKit.Reports;

namespace SatisfactionKit.Core.Tests;

/// <summary>A vendor's name source written before officers were named still compiles, and names no officer.</summary>
public sealed class ReportNameSourceTests
{
    [Fact]
    public async Task A_source_that_names_procedures_only_names_no_officer()
    {
        IReportNameSource source = new ProceduresOnly();

        var officers = await source.GetOfficerNamesAsync(["CB-007"], TestContext.Current.CancellationToken);

        Assert.Empty(officers);
        Assert.Equal("Đăng ký khai sinh", (await source.GetProcedureNamesAsync(["1.001234"], TestContext.Current.CancellationToken))["1.001234"]);
    }

    [Fact]
    public void An_officer_without_a_name_shows_as_the_id()
    {
        var names = ReportNames.None with { Officers = new Dictionary<string, string> { ["CB-001"] = "Nguyễn Văn An" } };

        Assert.Equal(("Nguyễn Văn An", "CB-007", string.Empty), (names.Officer("CB-001"), names.Officer("CB-007"), names.Officer(null)));
        Assert.Equal("CB-007", ReportNames.None.Officer("CB-007"));
    }

    /// <summary>As a vendor wrote it before <see cref="IReportNameSource.GetOfficerNamesAsync"/> existed.</summary>
    private sealed class ProceduresOnly : IReportNameSource
    {
        public ValueTask<IReadOnlyDictionary<string, string>> GetProcedureNamesAsync(IReadOnlyCollection<string> procedureCodes, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string> { ["1.001234"] = "Đăng ký khai sinh" });
    }
}
