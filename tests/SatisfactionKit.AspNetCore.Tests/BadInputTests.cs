using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CsCheck;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Testing;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// Bad input never answers 5xx: CsCheck generates requests against every endpoint MapSatisfactionKit maps on a real
/// Kestrel node (read from its endpoint data source, so a new endpoint is covered without editing this test) — wrong
/// types, missing fields, huge strings, NUL and other control characters, wrong content types, odd query values,
/// anonymous, officer and device callers — and asserts that none answers 5xx and that a refused request stores no
/// rating. Some requests carry a real verification code, so that odd answers and comments reach the store. A few
/// hundred requests per database in the normal run; <c>SATISFACTIONKIT_FUZZ_REQUESTS=100000</c> for the long run
/// (docs/security.md).
/// </summary>
public sealed class BadInputTests
{
    private static readonly long Requests =
        long.TryParse(Environment.GetEnvironmentVariable("SATISFACTIONKIT_FUZZ_REQUESTS"), out var n) && n > 0 ? n : 300;

    [Fact]
    public async Task On_SQLite_no_generated_request_answers_5xx_or_stores_a_refused_rating()
    {
        var database = CounterFlow.TempDatabase();
        await using (var node = await StartAsync(new NodeSetup(database)))
        {
            await FuzzAsync(node);
        }

        CounterFlow.DeleteDatabase(database);
    }

    [Fact]
    public async Task On_PostgreSQL_no_generated_request_answers_5xx_or_stores_a_refused_rating()
    {
        var server = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString()) { Database = $"sk_fuzz_{Guid.NewGuid():N}" };
        try
        {
            await using var node = await StartAsync(new NodeSetup(CounterFlow.TempDatabase()) { UseDatabase = o => o.UseNpgsql(server.ConnectionString) });
            await FuzzAsync(node);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestEnvironment.PostgresConnectionString());
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{server.Database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }

    private static Task<TestNode> StartAsync(NodeSetup setup) =>
        TestNode.StartAsync(setup with { Server = o => o.CitizenPermitLimit = int.MaxValue });

    private static async Task FuzzAsync(TestNode node)
    {
        var targets = Targets(node);
        Assert.Contains(targets, t => t.Pattern == "/api/online/ratings");
        var codes = await IssueCodesAsync(node);
        using var officer = node.Client(officer: true);
        using var anonymous = node.Client();
        using var device = node.Client();
        device.DefaultRequestHeaders.Add("X-SatisfactionKit-Unit", "UBND-Q1");
        device.DefaultRequestHeaders.Add("X-SatisfactionKit-Counter", "QUAY-01");
        var sent = 0;

        await FuzzRequests.Requests(targets, codes).SampleAsync(
            async request =>
            {
                var client = request.Caller switch { FuzzCaller.Officer => officer, FuzzCaller.Device => device, _ => anonymous };
                var before = await RatingsAsync(node);
                using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.PathAndQuery);
                if (request.Body is { } body)
                {
                    message.Content = new ByteArrayContent(body);
                    if (request.ContentType is { } type)
                    {
                        message.Content.Headers.TryAddWithoutValidation("Content-Type", type);
                    }
                }

                if (request.Language is { } language)
                {
                    message.Headers.TryAddWithoutValidation("Accept-Language", language);
                }

                // Server-sent events never end: the status line is the answer.
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(30));
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                Interlocked.Increment(ref sent);
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    var text = response.Content.Headers.ContentType?.MediaType == "text/event-stream" ? "" : await response.Content.ReadAsStringAsync(timeout.Token);
                    Assert.Fail($"{status} for {request}: {text}");
                }

                if (!response.IsSuccessStatusCode)
                {
                    Assert.True(before == await RatingsAsync(node), $"{status} stored a rating: {request}");
                }
            },
            iter: Requests,
            threads: 1,
            print: r => r.ToString());

        Assert.True(sent >= Requests);
    }

    /// <summary>Every endpoint under /api with each of its methods (the hub is SignalR's, not JSON).</summary>
    private static List<FuzzTarget> Targets(TestNode node) =>
        [.. node.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]).Select(m => new FuzzTarget(
                m,
                e.RoutePattern.RawText!,
                [.. e.RoutePattern.PathSegments.Select(s => s.IsSimple && s.Parts[0] is RoutePatternParameterPart
                    ? (true, "")
                    : (false, string.Concat(s.Parts.OfType<RoutePatternLiteralPart>().Select(l => l.Content))))])))];

    /// <summary>Receipts for a few dossiers whose result is ready: their codes let some requests reach the store.</summary>
    private static async Task<List<(string Dossier, string Code)>> IssueCodesAsync(TestNode node)
    {
        using var officer = node.Client(officer: true);
        var codes = new List<(string, string)>();
        for (var i = 1; i <= 3; i++)
        {
            var dossier = $"READY-FUZZ-{i}";
            using var receipt = await officer.PostAsync($"/api/dossiers/{dossier}/receipt", null, TestContext.Current.CancellationToken);
            receipt.EnsureSuccessStatusCode();
            var body = await receipt.Content.ReadFromJsonAsync<Receipt>(TestContext.Current.CancellationToken);
            codes.Add((dossier, body!.VerificationCode));
        }

        return codes;
    }

    private static async Task<int> RatingsAsync(TestNode node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>().Set<RatingEntity>().CountAsync(TestContext.Current.CancellationToken);
    }

    private sealed record Receipt(string DossierCode, string VerificationCode, string RatingLink);
}
