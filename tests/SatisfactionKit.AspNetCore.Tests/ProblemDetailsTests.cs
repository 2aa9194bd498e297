using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>Bad input gets a 4xx problem document (RFC 7807) in the caller's language, never a 500 or a stack trace.</summary>
public sealed class ProblemDetailsTests : IAsyncLifetime
{
    private readonly string _database = CounterFlow.TempDatabase();
    private TestNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await TestNode.StartAsync(new NodeSetup(_database));

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        CounterFlow.DeleteDatabase(_database);
    }

    [Theory]
    [InlineData(null, "Yêu cầu không hợp lệ", "là bắt buộc")]
    [InlineData("vi", "Yêu cầu không hợp lệ", "là bắt buộc")]
    [InlineData("en", "The request is not valid", "is required")]
    [InlineData("en-GB", "The request is not valid", "is required")]
    public async Task A_status_look_up_without_a_dossier_code(string? language, string title, string message)
    {
        using var client = _node.Client(language: language);
        using var response = await client.PostAsJsonAsync("/api/online/status", new { verificationCode = "ABCDE-FGHJK" }, TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, title);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("dossierCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi", "Nội dung JSON không đọc được")]
    [InlineData("en", "The JSON body could not be read")]
    public async Task Malformed_json(string language, string title)
    {
        using var client = _node.Client(language: language);
        foreach (var (path, body) in new[] { ("/api/online/ratings", """{"dossierCode": """), ("/api/online/status", "[1, 2"), ("/api/online/ratings", "not json") })
        {
            using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            Assert.Equal("SK_BAD_JSON", (await ProblemAsync(response, HttpStatusCode.BadRequest, title)).GetProperty("code").GetString());
        }
    }

    [Theory]
    [InlineData("vi", "Kỳ báo cáo không hợp lệ")]
    [InlineData("en", "Invalid report period")]
    public async Task An_unknown_report_period(string language, string title)
    {
        using var official = _node.Client(officer: true, language: language);
        foreach (var period in new[] { "2026-13", "yesterday", "2026-Q5" })
        {
            using var response = await official.GetAsync($"/api/reports?period={period}", TestContext.Current.CancellationToken);
            Assert.Contains(period, (await ProblemAsync(response, HttpStatusCode.BadRequest, title)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("vi", "Không tìm thấy hồ sơ", "Hồ sơ chưa có kết quả")]
    [InlineData("en", "Dossier not found", "The dossier has no result yet")]
    public async Task A_prompt_for_an_unknown_dossier_or_one_without_a_result(string language, string unknown, string notReady)
    {
        using var officer = _node.Client(officer: true, language: language);

        using var missing = await officer.PostAsJsonAsync("/api/units/UBND-Q1/counters/QUAY-01/prompt", new { dossierCode = "NO-SUCH" }, TestContext.Current.CancellationToken);
        await ProblemAsync(missing, HttpStatusCode.NotFound, unknown);
        using var waiting = await officer.PostAsJsonAsync("/api/units/UBND-Q1/counters/QUAY-01/prompt", new { dossierCode = "WAIT-1" }, TestContext.Current.CancellationToken);
        await ProblemAsync(waiting, HttpStatusCode.Conflict, notReady);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
