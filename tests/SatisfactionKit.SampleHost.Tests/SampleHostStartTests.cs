namespace SatisfactionKit.SampleHost.Tests;

public sealed class SampleHostStartTests
{
    [Fact]
    public async Task The_host_starts_on_its_embedded_defaults_and_answers_health_and_pages()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var health = await client.GetStringAsync("health", TestContext.Current.CancellationToken);
        var page = await client.GetStringAsync("", TestContext.Current.CancellationToken);

        Assert.Equal("Healthy", health);
        Assert.Contains("SatisfactionKit", page, StringComparison.Ordinal);
    }
}
