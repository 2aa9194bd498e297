using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// The counter agent: reads (or enrolls for) the device credential, keeps the hub connection to the server with
/// reconnects and backoff, hands the server's prompts to the pads (through <see cref="PromptMirror"/>, the pad host's
/// coordinator) and delivers the outbox's presses over the connection.
/// </summary>
internal sealed partial class CounterAgentWorker(
    PromptMirror mirror,
    PressDelivery delivery,
    PadPresence pads,
    CounterAgentEnrollment enrollment,
    IOptions<CounterAgentOptions> options,
    TimeProvider time,
    ILogger<CounterAgentWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var deliveryLoop = delivery.RunAsync(mirror.ExpireOverdueAsync, stoppingToken);
        try
        {
            var credential = await CredentialAsync(stoppingToken).ConfigureAwait(false);
            mirror.CounterId = credential.CounterId;
            var connection = Build(credential, o);
            await using (connection.ConfigureAwait(false))
            {
                await KeepConnectedAsync(connection, credential, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            delivery.Attach(null);
            await deliveryLoop.ConfigureAwait(false);
        }
    }

    private async Task KeepConnectedAsync(HubConnection connection, DeviceCredential credential, CancellationToken stoppingToken)
    {
        using var closed = new SemaphoreSlim(0);
        connection.Closed += _ =>
        {
            delivery.Attach(null);
            closed.Release();
            return Task.CompletedTask;
        };
        connection.Reconnecting += ex =>
        {
            delivery.Attach(null);
            LogLost(ex?.Message ?? "closed");
            return Task.CompletedTask;
        };
        connection.Reconnected += _ => OnConnectedAsync(connection, credential, stoppingToken);
        Action padChanged = () => _ = TellPadStateAsync(connection, stoppingToken);
        pads.Changed += padChanged;
        try
        {
            var attempt = 0;
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await connection.StartAsync(stoppingToken).ConfigureAwait(false);
                    attempt = 0;
                    await OnConnectedAsync(connection, credential, stoppingToken).ConfigureAwait(false);
                    // Until SignalR gives up reconnecting (it never does with this policy unless the server closes us).
                    await closed.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    attempt++;
                    var delay = Backoff.Delay(options.Value.ReconnectDelay, options.Value.MaxReconnectDelay, attempt);
                    LogConnectFailed(attempt, delay, ex.Message);
                    await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            pads.Changed -= padChanged;
        }
    }

    private async Task OnConnectedAsync(HubConnection connection, DeviceCredential credential, CancellationToken stoppingToken)
    {
        LogConnected(credential.CounterId, connection.ConnectionId ?? "?");
        delivery.Attach(connection);
        await TellPadStateAsync(connection, stoppingToken).ConfigureAwait(false);
    }

    private async Task TellPadStateAsync(HubConnection connection, CancellationToken stoppingToken)
    {
        try
        {
            if (connection.State == HubConnectionState.Connected)
            {
                await connection.InvokeAsync("PadState", pads.State, stoppingToken).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Told again at the next connection; a press does not depend on it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogPadStateFailed(ex.Message);
        }
    }

    private async Task<DeviceCredential> CredentialAsync(CancellationToken stoppingToken)
    {
        var attempt = 0;
        while (true)
        {
            try
            {
                if (await enrollment.ReadAsync(stoppingToken).ConfigureAwait(false) is { } kept)
                {
                    return kept;
                }

                if (options.Value.EnrollmentCode is { Length: > 0 } code)
                {
                    return await enrollment.EnrollAsync(code, stoppingToken).ConfigureAwait(false);
                }

                LogNotEnrolled(Path.GetFullPath(options.Value.CredentialPath!));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogEnrollmentFailed(ex.Message);
            }

            // Presses taken meanwhile are kept in the outbox and delivered once enrolled.
            attempt++;
            await Task.Delay(Backoff.Delay(options.Value.ReconnectDelay, options.Value.MaxReconnectDelay, attempt), time, stoppingToken).ConfigureAwait(false);
        }
    }

    private HubConnection Build(DeviceCredential credential, CounterAgentOptions o)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(o.ServerUrl!, credential.HubPath), http =>
            {
                http.Transports = HttpTransportType.WebSockets;
                http.SkipNegotiation = true;
                http.AccessTokenProvider = () => Task.FromResult<string?>(credential.Credential);
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions.TypeInfoResolverChain.Insert(0, AgentJsonContext.Default))
            .WithAutomaticReconnect(new Backoff(o.ReconnectDelay, o.MaxReconnectDelay))
            .Build();
        connection.On<PromptStatus>("PromptChanged", status => mirror.ApplyAsync(status, CancellationToken.None).AsTask());
        return connection;
    }

    [LoggerMessage(EventId = 4331, Level = LogLevel.Information, Message = "Counter agent connected to the server for counter {CounterId} (connection {ConnectionId})")]
    private partial void LogConnected(string counterId, string connectionId);

    [LoggerMessage(EventId = 4332, Level = LogLevel.Warning, Message = "Counter agent lost the server, reconnecting: {Reason}")]
    private partial void LogLost(string reason);

    [LoggerMessage(EventId = 4333, Level = LogLevel.Warning, Message = "Counter agent could not connect (attempt {Attempt}); next try in {Delay}: {Reason}")]
    private partial void LogConnectFailed(int attempt, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 4334, Level = LogLevel.Error, Message = "Counter agent is not enrolled: no credential in {Path} and no CounterAgent:EnrollmentCode. Presses are kept until it is.")]
    private partial void LogNotEnrolled(string path);

    [LoggerMessage(EventId = 4335, Level = LogLevel.Error, Message = "Counter agent enrollment failed: {Reason}")]
    private partial void LogEnrollmentFailed(string reason);

    [LoggerMessage(EventId = 4336, Level = LogLevel.Debug, Message = "Counter agent could not report its pad state: {Reason}")]
    private partial void LogPadStateFailed(string reason);
}
