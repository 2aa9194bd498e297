using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Reports;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The sample's IReportNameSource names the demo officers from its staff table, as it names procedures.</summary>
public sealed class OfficerNameTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_officers_are_named_from_the_staff_table_and_an_unknown_id_is_not()
    {
        await using var factory = new SampleHostFactory();
        // Starts the host (migrations and demo data) on the test's own database.
        using var client = factory.CreateClient();
        var source = factory.Services.GetRequiredService<IReportNameSource>();

        var names = await source.GetOfficerNamesAsync(["CB-001", "CB-003", "CB-999"], Ct);

        Assert.Equal(
            [("CB-001", "Nguyễn Văn An (demo)"), ("CB-003", "Lê Minh Châu (demo)")],
            names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => (n.Key, n.Value)));
    }
}
