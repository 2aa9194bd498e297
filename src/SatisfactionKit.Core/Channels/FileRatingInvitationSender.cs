using System.Globalization;

namespace SatisfactionKit.Channels;

/// <summary>
/// Writes invitations as tab-separated lines to a file (or, with <see langword="null"/>, to the
/// console) instead of sending them: for the sample and for trying the flow without a gateway.
/// </summary>
/// <param name="path">The file to append to, or <see langword="null"/> for the console.</param>
public sealed class FileRatingInvitationSender(string? path = null) : IRatingInvitationSender
{
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public async ValueTask SendAsync(RatingInvitation invitation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var line = string.Join('\t', invitation.Channel.ToString(), invitation.Recipient, invitation.DossierCode, invitation.Link.ToString(), invitation.Text.ReplaceLineEndings(" "));
        if (path is null)
        {
            await Console.Out.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            return;
        }

        // One writer at a time, so that lines from parallel sends do not interleave.
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            File.AppendAllText(path, line + Environment.NewLine);
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{nameof(FileRatingInvitationSender)}({path ?? "console"})");
}
