using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels.Invitations;

/// <summary>The default <see cref="IRatingInvitationService"/>.</summary>
internal sealed partial class RatingInvitationService(
    IDossierStatusSource source,
    ILinkTokenService links,
    IEnumerable<IRatingInvitationSender> senders,
    IRatingInvitationStore store,
    IOptionsMonitor<RatingInvitationOptions> options,
    TimeProvider timeProvider,
    ILogger<RatingInvitationService> logger) : IRatingInvitationService
{
    private readonly IRatingInvitationSender[] _senders = [.. senders];

    public async ValueTask<RatingInvitationResult> InviteAsync(RatingInvitationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.DossierCode, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Recipient, nameof(request));
        if (request.Channel is not (RatingChannel.Sms or RatingChannel.Email))
        {
            throw new ArgumentException($"Lời mời chỉ gửi qua SMS hoặc e-mail, không qua {request.Channel}. / Invitations go by SMS or e-mail, not {request.Channel}.", nameof(request));
        }

        var status = await source.FindAsync(request.DossierCode, cancellationToken).ConfigureAwait(false);
        if (status is null)
        {
            return Refuse(ErrorCodes.DossierUnknown, request.DossierCode);
        }

        if (status.ResultReturnedAt is null)
        {
            return Refuse(ErrorCodes.ResultNotReturned, request.DossierCode);
        }

        var settings = options.CurrentValue;
        var link = Link(settings.RatingPage!, links.Create(request.DossierCode));
        var invitation = new RatingInvitation(
            request.DossierCode,
            request.Recipient,
            request.Channel,
            link,
            settings.Text.Replace("{dossier}", request.DossierCode, StringComparison.Ordinal).Replace("{link}", link.AbsoluteUri, StringComparison.Ordinal))
        {
            Subject = settings.EmailSubject.Replace("{dossier}", request.DossierCode, StringComparison.Ordinal),
        };

        var (outcome, attempts, reason) = await SendAsync(invitation, settings, cancellationToken).ConfigureAwait(false);
        var record = new RatingInvitationRecord(
            Guid.CreateVersion7(timeProvider.GetUtcNow()),
            request.DossierCode,
            status.Dossier.UnitCode,
            status.Dossier.ProcedureCode,
            request.Channel,
            outcome,
            attempts,
            reason is null ? null : Truncate(reason),
            timeProvider.GetUtcNow());

        // Recorded even when the caller gives up now: the mail may already be on its way.
        await store.AddAsync(record, CancellationToken.None).ConfigureAwait(false);
        if (outcome == RatingInvitationOutcome.Sent)
        {
            LogSent(request.DossierCode, request.Channel, attempts);
        }
        else
        {
            LogFailed(request.DossierCode, request.Channel, attempts, record.FailureReason);
        }

        return new RatingInvitationResult(outcome, attempts, null, record.FailureReason, link);
    }

    private async Task<(RatingInvitationOutcome Outcome, int Attempts, string? Reason)> SendAsync(
        RatingInvitation invitation, RatingInvitationOptions settings, CancellationToken cancellationToken)
    {
        var sender = Array.Find(_senders, s => s.CanSend(invitation.Channel));
        if (sender is null)
        {
            return (RatingInvitationOutcome.Failed, 0, $"Không có cách gửi cho kênh {invitation.Channel}. / No sender handles {invitation.Channel}.");
        }

        var delay = settings.FirstRetryDelay;
        string? reason = null;
        for (var attempt = 1; attempt <= settings.MaxAttempts; attempt++)
        {
            try
            {
                await sender.SendAsync(invitation, cancellationToken).ConfigureAwait(false);
                return (RatingInvitationOutcome.Sent, attempt, null);
            }
            catch (RatingInvitationDeliveryException ex) when (ex.IsPermanent)
            {
                return (RatingInvitationOutcome.Failed, attempt, ex.Message);
            }
#pragma warning disable CA1031 // Any transport failure (socket, TLS, timeout) is worth another try, and is recorded.
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                reason = ex.Message;
                LogRetry(ex, invitation.DossierCode, invitation.Channel, attempt);
            }

            if (attempt < settings.MaxAttempts)
            {
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                delay += delay;
            }
        }

        return (RatingInvitationOutcome.Failed, settings.MaxAttempts, reason);
    }

    private static Uri Link(Uri page, string token)
    {
        var builder = new UriBuilder(page);
        var query = builder.Query.TrimStart('?');
        builder.Query = (query.Length == 0 ? string.Empty : query + "&") + "t=" + token;
        return builder.Uri;
    }

    private static string Truncate(string reason) =>
        reason.Length <= RatingInvitationRecord.MaxFailureReasonLength ? reason : reason[..RatingInvitationRecord.MaxFailureReasonLength];

    private static RatingInvitationResult Refuse(string code, string dossierCode) =>
        new(RatingInvitationOutcome.Refused, 0, code, Messages.Current(code, dossierCode), null);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Rating invitation for {DossierCode} sent by {Channel} after {Attempts} attempt(s)")]
    private partial void LogSent(string dossierCode, RatingChannel channel, int attempts);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Rating invitation for {DossierCode} by {Channel} failed after {Attempts} attempt(s): {Reason}")]
    private partial void LogFailed(string dossierCode, RatingChannel channel, int attempts, string? reason);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "Rating invitation for {DossierCode} by {Channel}: attempt {Attempt} failed")]
    private partial void LogRetry(Exception ex, string dossierCode, RatingChannel channel, int attempt);
}
