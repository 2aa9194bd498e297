using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Notifications.Mail;

namespace SatisfactionKit.Notifications.Tests;

/// <summary>
/// SatisfactionKit with invitations over a SQLite file, sending to a real SMTP server and a Kestrel SMS
/// gateway on 127.0.0.1; waits between tries are shortened to milliseconds.
/// </summary>
internal sealed class InvitationFixture : IAsyncDisposable
{
    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private readonly string _folder;

    private InvitationFixture(LoopbackSmtpServer smtp, LoopbackSmsGateway sms, OneStopDossiers oneStop, string folder, ServiceProvider services)
    {
        OneStop = oneStop;
        Smtp = smtp;
        Sms = sms;
        _folder = folder;
        Services = services;
    }

    public LoopbackSmtpServer Smtp { get; }

    public LoopbackSmsGateway Sms { get; }

    public OneStopDossiers OneStop { get; }

    public ServiceProvider Services { get; }

    public IRatingInvitationService Invitations => Services.GetRequiredService<IRatingInvitationService>();

    public IRatingInvitationStore Store => Services.GetRequiredService<IRatingInvitationStore>();

    public ILinkTokenService Links => Services.GetRequiredService<ILinkTokenService>();

    public static async Task<InvitationFixture> CreateAsync(CancellationToken cancellationToken, string smsKey = LoopbackSmsGateway.Key)
    {
        var smtp = await LoopbackSmtpServer.StartAsync(cancellationToken);
        var sms = await LoopbackSmsGateway.StartAsync(cancellationToken);
        var folder = Directory.CreateTempSubdirectory("sk-invitations-").FullName;
        var oneStop = new OneStopDossiers();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IDossierStatusSource>(oneStop);
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(folder, "kit.db")}"));
        services.AddSatisfactionKit()
            .AddEntityFrameworkStores<SatisfactionKitDbContext>()
            .AddChannels(o => o.SigningKey = SigningKey)
            .AddRatingInvitations(o =>
            {
                o.RatingPage = new Uri("https://dichvucong.example.vn/danh-gia?nguon=moi");
                o.MaxAttempts = 4;
                o.FirstRetryDelay = TimeSpan.FromMilliseconds(5);
            })
            .AddMailInvitations(o =>
            {
                o.Host = "127.0.0.1";
                o.Port = smtp.Port;
                o.Security = SmtpSecurity.None;
                o.From = "khong-tra-loi@motcua.example.vn";
                o.Timeout = TimeSpan.FromSeconds(10);
            })
            .AddHttpSmsInvitations(o =>
            {
                o.Endpoint = sms.Endpoint;
                o.ApiKey = smsKey;
                o.SenderName = "MOTCUA";
                o.Timeout = TimeSpan.FromSeconds(10);
            });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>().Database.EnsureCreatedAsync(cancellationToken);
        }

        return new InvitationFixture(smtp, sms, oneStop, folder, provider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Smtp.DisposeAsync();
        await Sms.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
