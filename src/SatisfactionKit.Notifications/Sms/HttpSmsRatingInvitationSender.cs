using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Notifications.Sms;

/// <summary>
/// Sends SMS invitations (<see cref="RatingChannel.Sms"/>) as a JSON POST to the vendor's gateway with a
/// bearer key. A 2xx answer is "sent"; 4xx other than 408 and 429 is a refusal for good; anything else is retried.
/// </summary>
internal sealed class HttpSmsRatingInvitationSender : IRatingInvitationSender, IDisposable
{
    private const int BodyExcerpt = 200;

    private readonly IOptionsMonitor<HttpSmsOptions> _options;

    // One client for the process; connections are recycled so that a gateway's DNS change is picked up.
    private readonly HttpClient _client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public HttpSmsRatingInvitationSender(IOptionsMonitor<HttpSmsOptions> options) => _options = options;

    public bool CanSend(RatingChannel channel) => channel == RatingChannel.Sms;

    public async ValueTask SendAsync(RatingInvitation invitation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var settings = _options.CurrentValue;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Endpoint)
        {
            Content = JsonContent.Create(new SmsRequest(invitation.Recipient, invitation.Text, invitation.DossierCode, settings.SenderName)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RatingInvitationDeliveryException($"SMS: quá thời gian chờ {settings.Timeout}. / timed out after {settings.Timeout}.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new RatingInvitationDeliveryException($"SMS: {ex.Message}", ex);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var permanent = status is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
            throw new RatingInvitationDeliveryException($"SMS gateway HTTP {status}: {(body.Length > BodyExcerpt ? body[..BodyExcerpt] : body)}", permanent);
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The JSON the gateway receives.</summary>
    private sealed record SmsRequest(
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("reference")] string Reference,
        [property: JsonPropertyName("sender"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sender);
}
