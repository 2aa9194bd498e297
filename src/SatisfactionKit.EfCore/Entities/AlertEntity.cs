using SatisfactionKit.Alerts;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>The row of a <see cref="SatisfactionAlert"/>, with its acknowledgement once given.</summary>
internal sealed class AlertEntity
{
    public Guid Id { get; set; }

    public string RuleCode { get; set; } = string.Empty;

    public AlertScope Scope { get; set; }

    public string ScopeKey { get; set; } = string.Empty;

    public DateTime WindowStart { get; set; }

    public DateTime RaisedAt { get; set; }

    public int Ratings { get; set; }

    public int Dissatisfied { get; set; }

    public DateTime? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public string? AcknowledgementComment { get; set; }
}
