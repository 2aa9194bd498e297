using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SatisfactionKit.Alerts;

namespace SatisfactionKit.Notifications.Alerts;

/// <summary>
/// Posts each alert as JSON (<see cref="AlertPayload"/>) to the configured address, signed with HMAC-SHA256 when a
/// secret is set. A failure (non-2xx, timeout) throws: the alert monitor logs it, the alert stays stored and open.
/// </summary>
internal sealed class WebhookAlertSink : IAlertSink, IDisposable
{
    public const string SignatureHeader = "X-SatisfactionKit-Signature";

    private readonly IOptionsMonitor<WebhookAlertOptions> _options;
    private readonly HttpClient _client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public WebhookAlertSink(IOptionsMonitor<WebhookAlertOptions> options) => _options = options;

    public async ValueTask OnAlertAsync(SatisfactionAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var settings = _options.CurrentValue;
        var body = JsonSerializer.SerializeToUtf8Bytes(AlertPayload.From(alert));
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url) { Content = content };
        if (settings.Secret is { } secret)
        {
            var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
            request.Headers.Add(SignatureHeader, "sha256=" + Convert.ToHexStringLower(mac));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        using var response = await _client.SendAsync(request, timeout.Token).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(string.Create(CultureInfo.InvariantCulture, $"Web hook {settings.Url} answered {(int)response.StatusCode} for alert {alert.Id}."), null, response.StatusCode);
        }
    }

    public void Dispose() => _client.Dispose();
}
