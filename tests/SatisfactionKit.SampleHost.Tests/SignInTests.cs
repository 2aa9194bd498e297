using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The sample's sign-in (ASP.NET Core Identity, real process): passwords, lockout, /api/me, sign-out, the pages, the demo password.</summary>
public sealed partial class SignInTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_wrong_password_is_refused_five_lock_the_account_and_the_right_one_signs_in_and_out()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        using var wrong = await client.PostAsJsonAsync("api/account/login", new { userName = "canbo.q1", password = DemoSignIn.Password + "x" }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("SAMPLE_SIGN_IN_FAILED", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/me", Ct)).StatusCode);
        using var unknown = await client.PostAsJsonAsync("api/account/login", new { userName = "khong.co", password = DemoSignIn.Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        using var blank = await client.PostAsJsonAsync("api/account/login", new { userName = " ", password = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);

        // The right password: who is signed in, with SatisfactionKit's role and unit.
        (await client.PostAsJsonAsync("api/account/login", new { userName = "canbo.q1", password = DemoSignIn.Password }, Ct)).EnsureSuccessStatusCode();
        var me = await client.GetFromJsonAsync<JsonElement>("api/me", Ct);
        Assert.Equal("canbo.q1", me.GetProperty("name").GetString());
        Assert.Equal(["satisfactionkit-officer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["UBND-Q1"], me.GetProperty("limitedTo").EnumerateArray().Select(r => r.GetString()));
        using (var province = await DemoSignIn.ClientAsync(host, "quantri.tinh", Ct))
        {
            Assert.Equal(JsonValueKind.Null, (await province.GetFromJsonAsync<JsonElement>("api/me", Ct)).GetProperty("limitedTo").ValueKind);
        }

        // Signed out: the cookie no longer opens anything.
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("api/account/logout", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/dossiers", Ct)).StatusCode);

        // Five wrong passwords lock the account: then even the right one is refused.
        for (var i = 0; i < 5; i++)
        {
            using var guess = await client.PostAsJsonAsync("api/account/login", new { userName = "canbo.q3", password = $"doan-{i}" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        using var locked = await client.PostAsJsonAsync("api/account/login", new { userName = "canbo.q3", password = DemoSignIn.Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("SAMPLE_SIGN_IN_LOCKED_OUT", await locked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_pages_send_an_anonymous_visitor_to_the_sign_in_page_and_citizen_pages_stay_open()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        foreach (var page in new[] { "counter.html?unit=UBND-Q1&counter=QUAY-01", "pad.html", "dashboard.html" })
        {
            using var response = await anonymous.GetAsync(page, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/login.html", response.Headers.Location!.AbsolutePath);
            Assert.Contains("returnUrl=" + Uri.EscapeDataString("/" + page), response.Headers.Location.Query, StringComparison.Ordinal);
        }

        foreach (var page in new[] { "", "login.html", "rate.html", "status.html" })
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(page, Ct)).StatusCode);
        }

        // The API answers 401 with a problem document, never a redirect to the page.
        using var api = await anonymous.GetAsync("api/counters", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("SAMPLE_SIGN_IN_REQUIRED", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var officer = await DemoSignIn.ClientAsync(host, "canbo.q1", Ct);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("counter.html", Ct)).StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_password_a_random_one_is_printed_once_at_the_first_start()
    {
        var settings = SampleHostProcess.FreshSqliteSettings();
        settings.Remove("SampleHost__DemoPassword");
        string password;
        await using (var first = await SampleHostProcess.StartAsync(settings, Ct))
        {
            password = await PrintedPasswordAsync(first);
            Assert.Matches("^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$", password);
            Assert.NotEqual(DemoSignIn.Password, password);
            using var client = new HttpClient { BaseAddress = first.BaseAddress };
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("api/account/login", new { userName = "thanhtra", password }, Ct)).StatusCode);
        }

        await using var second = await SampleHostProcess.StartAsync(settings, Ct);
        using var again = new HttpClient { BaseAddress = second.BaseAddress };
        // Still the same password, never printed again.
        Assert.Equal(HttpStatusCode.OK, (await again.PostAsJsonAsync("api/account/login", new { userName = "quantri.tinh", password }, Ct)).StatusCode);
        Assert.DoesNotContain(second.Output, line => line.Contains(password, StringComparison.Ordinal) || line.Contains("printed this once", StringComparison.Ordinal));
    }

    private static async Task<string> PrintedPasswordAsync(SampleHostProcess host)
    {
        for (var i = 0; i < 50; i++)
        {
            if (host.Output.Select(l => PrintedPassword().Match(l)).FirstOrDefault(m => m.Success) is { } match)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(100, Ct);
        }

        throw new InvalidOperationException("No password printed:\n" + string.Join('\n', host.Output));
    }

    [GeneratedRegex(@"printed this once\): (\S+)")]
    private static partial Regex PrintedPassword();
}
