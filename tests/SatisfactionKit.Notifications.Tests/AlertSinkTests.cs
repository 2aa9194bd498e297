using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Alerts;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Notifications.Mail;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Notifications.Tests;

/// <summary>
/// Alerts end to end: dissatisfied ratings stored in a SQLite file raise the default alert, which is kept in the
/// database, posted to a web hook on Kestrel and mailed through a real SMTP server, both on 127.0.0.1.
/// </summary>
public sealed class AlertSinkTests
{
    private const string Secret = "bi-mat-web-hook-0123456789";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_alert_is_stored_posted_signed_and_mailed_and_its_acknowledgement_outlives_the_process()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync(Ct);
        await using var hook = await LoopbackWebhook.StartAsync(Ct);
        var folder = Directory.CreateTempSubdirectory("sk-alerts-").FullName;
        var database = Path.Combine(folder, "kit.db");
        try
        {
            Guid alertId;
            await using (var kit = await KitAsync(database, smtp, hook))
            {
                for (var i = 0; i < 4; i++)
                {
                    await RateAsync(kit, $"HS-{i}", satisfied: i % 2 == 0);
                }

                var open = Assert.Single(await kit.GetRequiredService<IAlertMonitor>().GetOpenAlertsAsync(Ct));
                alertId = open.Id;
                Assert.Equal(("QUAY-01", 4, 2), (open.ScopeKey, open.Ratings, open.Dissatisfied));

                // The web hook: JSON with the alert, signed with HMAC-SHA256 of the exact body.
                var (body, signature, contentType) = Assert.Single(hook.Posts);
                Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
                Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body)), signature);
                var json = JsonDocument.Parse(body).RootElement;
                Assert.Equal(open.Id, json.GetProperty("id").GetGuid());
                Assert.Equal(("KHL_50_15P", "Counter", "QUAY-01", 4, 2), (json.GetProperty("rule").GetString(), json.GetProperty("scope").GetString(), json.GetProperty("scopeKey").GetString(), json.GetProperty("ratings").GetInt32(), json.GetProperty("dissatisfied").GetInt32()));
                Assert.Contains("2/4", json.GetProperty("text").GetString(), StringComparison.Ordinal);

                // The e-mail: one per recipient.
                Assert.Equal(["truong.phong@motcua.example.vn", "giam.sat@motcua.example.vn"], smtp.Messages.Select(m => m.To.Mailboxes.Single().Address));
                var mail = smtp.Messages.First();
                Assert.Equal("[Cảnh báo hài lòng] QUAY-01", mail.Subject);
                Assert.Contains("Quầy QUAY-01: 2/4 đánh giá không hài lòng", mail.TextBody, StringComparison.Ordinal);

                Assert.True(await kit.GetRequiredService<IAlertMonitor>().AcknowledgeAsync(alertId, "truong.phong", "Đã mời công dân góp ý thêm", Ct));
            }

            // Another process on the same database: the alert is there, acknowledged, with who and why.
            await using (var again = await KitAsync(database, smtp, hook))
            {
                Assert.Empty(await again.GetRequiredService<IAlertMonitor>().GetOpenAlertsAsync(Ct));
                var stored = await again.GetRequiredService<IAlertStore>().FindAsync(alertId, Ct);
                Assert.Equal(("truong.phong", "Đã mời công dân góp ý thêm"), (stored!.AcknowledgedBy, stored.AcknowledgementComment));
                Assert.NotNull(stored.AcknowledgedAt);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_host_refuses_to_start_with_a_plain_http_hook_elsewhere_a_short_secret_or_no_recipients()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSatisfactionKit()
            .AddWebhookAlerts(o => { o.Url = new Uri("http://chat.example.vn/hook"); o.Secret = "ngan"; })
            .AddMailAlerts(smtp: o => { o.Host = "127.0.0.1"; o.From = "a@example.vn"; });
        using var provider = services.BuildServiceProvider();

        var hook = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Alerts.WebhookAlertOptions>>().Value);
        var mail = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Alerts.MailAlertOptions>>().Value);

        Assert.Contains(hook.Failures, f => f.StartsWith("WebhookAlertOptions.Url:", StringComparison.Ordinal));
        Assert.Contains(hook.Failures, f => f.StartsWith("WebhookAlertOptions.Secret:", StringComparison.Ordinal));
        Assert.Contains(mail.Failures, f => f.StartsWith("MailAlertOptions.Recipients:", StringComparison.Ordinal));
    }

    private static async Task<ServiceProvider> KitAsync(string database, LoopbackSmtpServer smtp, LoopbackWebhook hook)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseSqlite($"Data Source={database}"));
        services.AddSatisfactionKit()
            .AddEntityFrameworkStores<SatisfactionKitDbContext>()
            .AddWebhookAlerts(o => { o.Url = hook.Url; o.Secret = Secret; })
            .AddMailAlerts(
                o => { o.Recipients.Add("truong.phong@motcua.example.vn"); o.Recipients.Add("giam.sat@motcua.example.vn"); },
                o => { o.Host = "127.0.0.1"; o.Port = smtp.Port; o.Security = SmtpSecurity.None; o.From = "canh-bao@motcua.example.vn"; });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>().Database.EnsureCreatedAsync(Ct);
        return provider;
    }

    private static async Task RateAsync(ServiceProvider kit, string dossier, bool satisfied)
    {
        var scheme = kit.GetRequiredService<IOptions<SatisfactionKitOptions>>().Value.DefaultScheme;
        var level = satisfied ? scheme.Levels.MaxBy(l => l.Value)! : scheme.Levels.MinBy(l => l.Value)!;
        var result = await kit.GetRequiredService<IRatingService>().SubmitAsync(
            new RatingSubmission
            {
                Dossier = new DossierReference(dossier, "1.001234", "UBND-Q1", "CB-007", "QUAY-01"),
                Channel = RatingChannel.Online,
                Answers = [.. scheme.Criteria.Where(c => c.Requirement == CriterionRequirement.Required).Select(c => new AnswerSubmission(c.Code, level.Code))],
                ResultReturnedAt = DateTimeOffset.UtcNow.AddHours(-1),
            },
            Ct);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
    }
}
