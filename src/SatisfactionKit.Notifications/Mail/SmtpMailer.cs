using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using SatisfactionKit.Channels.Invitations;

namespace SatisfactionKit.Notifications.Mail;

/// <summary>
/// Sends one message through the configured server: a connection per message, which suits the volume
/// (one invitation per returned dossier, an alert now and then) and leaves no idle connection to time out.
/// </summary>
internal sealed class SmtpMailer(IOptionsMonitor<SmtpOptions> options)
{
    public async Task SendAsync(string recipient, string subject, string text, string? html, CancellationToken cancellationToken)
    {
        // Host, From and Password (with a user name) are checked by SmtpOptionsValidator at start.
        var settings = options.CurrentValue;
        if (!MailboxAddress.TryParse(recipient, out var to))
        {
            throw new RatingInvitationDeliveryException($"Địa chỉ thư không hợp lệ: '{recipient}'. / Not an e-mail address: '{recipient}'.", isPermanent: true);
        }

        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From!));
        message.To.Add(to);
        message.Subject = subject;
        var body = new BodyBuilder { TextBody = text };
        if (html is not null)
        {
            body.HtmlBody = html;
        }

        message.Body = body.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, Socket(settings.Security), cancellationToken).ConfigureAwait(false);
            if (settings.UserName is not null)
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password!, cancellationToken).ConfigureAwait(false);
            }

            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            // 5xx: the server refuses for good (unknown mailbox, message rejected); another try gets the same answer.
            throw new RatingInvitationDeliveryException($"SMTP {(int)ex.StatusCode}: {ex.Message}", isPermanent: true, ex);
        }
        catch (AuthenticationException ex)
        {
            throw new RatingInvitationDeliveryException($"SMTP: đăng nhập bị từ chối. / sign-in refused: {ex.Message}", isPermanent: true, ex);
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or IOException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new RatingInvitationDeliveryException($"SMTP: {ex.Message}", ex);
        }
    }

    private static SecureSocketOptions Socket(SmtpSecurity security) => security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
