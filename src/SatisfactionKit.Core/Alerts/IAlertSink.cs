namespace SatisfactionKit.Alerts;

/// <summary>Where alerts go: a supervisor's screen, e-mail, a chat channel. The vendor implements it.</summary>
public interface IAlertSink
{
    /// <summary>Called once when an alert fires.</summary>
    ValueTask OnAlertAsync(SatisfactionAlert alert, CancellationToken cancellationToken);
}
