using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SatisfactionKit.Server.Kiosk;

/// <summary>
/// The tablet page facing the citizen (<c>kiosk.html</c>, embedded in this assembly): pairing by enrollment code, then
/// the counter's prompt with the scheme's keys, pressed through the device endpoints under the tablet's own credential.
/// </summary>
internal static class KioskPage
{
    private const string ResourceName = "SatisfactionKit.Server.Kiosk.kiosk.html";
    private static readonly Lazy<string> Template = new(Load);

    /// <summary>The page with the API's prefix filled in (HTML-encoded: the prefix is the vendor's setting, not the caller's).</summary>
    public static string Render(string apiPrefix) =>
        Template.Value.Replace("{{API}}", WebUtility.HtmlEncode(apiPrefix), StringComparison.Ordinal);

    /// <summary>Answers the page; it holds no data, so it is not cached only to pick up a new version at once.</summary>
    public static IResult Serve(string html, HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        // No other site may frame the citizen's keys (a click-jacked rating).
        headers.XFrameOptions = "DENY";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8);
    }

    private static string Load()
    {
        using var stream = typeof(KioskPage).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The kiosk page ({ResourceName}) is missing from {typeof(KioskPage).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
