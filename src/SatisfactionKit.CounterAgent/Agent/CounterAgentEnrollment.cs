using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// Exchanges a one-time enrollment code for the device credential (<c>POST {ApiPath}/devices/redeem</c>) and keeps it
/// in <see cref="CounterAgentOptions.CredentialPath"/>. The agent does it at start when it has a code and no credential;
/// the sample agent also offers it as a command (<c>enroll CODE</c>).
/// </summary>
public sealed partial class CounterAgentEnrollment
{
    private readonly IOptions<CounterAgentOptions> _options;
    private readonly ILogger<CounterAgentEnrollment> _logger;

    /// <summary>Creates the enrollment step over the agent's options.</summary>
    public CounterAgentEnrollment(IOptions<CounterAgentOptions> options, ILogger<CounterAgentEnrollment> logger)
    {
        _options = options;
        _logger = logger;
    }

    /// <summary>The credential kept on this PC, or <see langword="null"/> before enrollment.</summary>
    public ValueTask<DeviceCredential?> ReadAsync(CancellationToken cancellationToken = default) =>
        CredentialFile.ReadAsync(_options.Value.CredentialPath!, cancellationToken);

    /// <summary>Redeems <paramref name="enrollmentCode"/> and keeps the credential; the server's refusal is thrown with its code.</summary>
    /// <exception cref="InvalidOperationException">The server refused the code (used, expired, revoked, wrong).</exception>
    /// <exception cref="HttpRequestException">The server could not be reached.</exception>
    public async Task<DeviceCredential> EnrollAsync(string enrollmentCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(enrollmentCode);
        var options = _options.Value;
        using var http = new HttpClient { BaseAddress = options.ServerUrl, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsJsonAsync(
            options.ApiPath.TrimEnd('/') + "/devices/redeem",
            new RedeemRequest(enrollmentCode),
            AgentJsonContext.Default.RedeemRequest,
            cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"Máy chủ từ chối mã ghi danh ({(int)response.StatusCode}). / The server refused the enrollment code ({(int)response.StatusCode}): {ProblemCode(problem)}");
        }

        var redeemed = await response.Content.ReadFromJsonAsync(AgentJsonContext.Default.RedeemResponse, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Máy chủ trả lời rỗng. / The server answered with an empty body.");
        var credential = new DeviceCredential(redeemed.DeviceId, redeemed.UnitCode, redeemed.CounterId, redeemed.Credential, redeemed.HubPath);
        await CredentialFile.WriteAsync(options.CredentialPath!, credential, cancellationToken).ConfigureAwait(false);
        var kept = Path.GetFullPath(options.CredentialPath!);
        LogEnrolled(credential.DeviceId, credential.CounterId, credential.UnitCode, kept);
        return credential;
    }

    private static string ProblemCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("code", out var code) ? code.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Counter agent enrolled: device {DeviceId} of counter {CounterId} ({UnitCode}); credential kept in {Path}")]
    private partial void LogEnrolled(string deviceId, string counterId, string unitCode, string path);
}
