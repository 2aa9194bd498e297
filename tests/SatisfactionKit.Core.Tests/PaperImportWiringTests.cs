using SatisfactionKit.Channels.Paper;

namespace SatisfactionKit.Core.Tests;

/// <summary>Core's paper importer without a file reader: the files are SatisfactionKit.Spreadsheets' part.</summary>
public sealed class PaperImportWiringTests
{
    [Fact]
    public async Task Without_AddSpreadsheets_an_import_says_what_to_register()
    {
        await using var kit = new ChannelFixture();
        var request = new PaperImportRequest { FilePath = "phieu.csv", ErrorFilePath = "phieu.loi.csv", BatchId = "DOT-2026-10", EnteredBy = "nv.khaosat01" };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => kit.Paper.ImportAsync(request, null, TestContext.Current.CancellationToken));

        Assert.Contains("AddSpreadsheets()", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, kit.Batches.Begun);
    }
}
