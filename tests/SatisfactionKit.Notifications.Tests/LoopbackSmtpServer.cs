using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SatisfactionKit.Notifications.Tests;

/// <summary>
/// A real SMTP server (the SmtpServer package) listening on 127.0.0.1 in the test process: it keeps the
/// messages it accepts, refuses recipients at <see cref="RejectedDomain"/> for good (550), and answers the
/// first <see cref="TransientFailures"/> messages with 451 (try again later).
/// </summary>
internal sealed class LoopbackSmtpServer : IAsyncDisposable
{
    public const string RejectedDomain = "khong-ton-tai.invalid";

    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;

    private LoopbackSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter());
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The messages accepted, in order.</summary>
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>How many of the next messages to refuse with 451.</summary>
    public int TransientFailures { get; set; }

    /// <summary>Messages refused with 451 so far.</summary>
    public int TransientFailuresGiven { get; private set; }

    public static async Task<LoopbackSmtpServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new LoopbackSmtpServer(FreePort());

        // Ready once it accepts a connection.
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, server.Port, cancellationToken);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(20, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Idempotent: a test stops the server early to see the sender fail.
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _server.Shutdown();
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Store(LoopbackSmtpServer owner) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            lock (owner.Messages)
            {
                if (owner.TransientFailuresGiven < owner.TransientFailures)
                {
                    owner.TransientFailuresGiven++;
                    return Task.FromResult(new SmtpResponse((SmtpReplyCode)451, "Tam thoi khong nhan / try again later"));
                }
            }

            using var stream = new MemoryStream(buffer.ToArray());
            owner.Messages.Enqueue(MimeMessage.Load(stream, cancellationToken));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }

    private sealed class Filter : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!string.Equals(to.Host, RejectedDomain, StringComparison.OrdinalIgnoreCase));
    }
}
