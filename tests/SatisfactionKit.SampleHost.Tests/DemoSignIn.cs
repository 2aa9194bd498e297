using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// Signing in to the sample with its demo accounts (SignIn/DemoAccountSeeder.cs), whose password the tests set through
/// <c>SampleHost:DemoPassword</c>: over the API for an <see cref="HttpClient"/>, through the sign-in page for a browser.
/// </summary>
internal static class DemoSignIn
{
    /// <summary>The demo accounts' password in the tests' settings.</summary>
    public const string Password = "Demo-Test-Pass-2026";

    /// <summary>A client with its own cookie jar, signed in as <paramref name="userName"/>.</summary>
    public static async Task<HttpClient> ClientAsync(SampleHostProcess host, string userName, CancellationToken cancellationToken)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync("api/account/login", new { userName, password = Password }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{userName} could not sign in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return client;
    }

    /// <summary>Signs <paramref name="context"/> in as <paramref name="userName"/> on the sign-in page, the way a person does.</summary>
    public static async Task BrowserAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("login.html?returnUrl=%2F");
        await page.FillAsync("#user", userName);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#send");
        // Back on the start page, which names who is signed in.
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(userName);
        await page.CloseAsync();
    }
}
