namespace SatisfactionKit.Alerts;

/// <summary>An alert raised by a rule for one counter or unit.</summary>
/// <param name="Id">The alert's identifier.</param>
/// <param name="RuleCode">The rule that fired.</param>
/// <param name="Scope">Counter or unit.</param>
/// <param name="ScopeKey">The counter id or unit code.</param>
/// <param name="WindowStart">The start of the window that fired.</param>
/// <param name="RaisedAt">When it fired (the window's end).</param>
/// <param name="Ratings">The ratings in the window.</param>
/// <param name="Dissatisfied">The dissatisfied ratings among them.</param>
public sealed record SatisfactionAlert(
    Guid Id,
    string RuleCode,
    AlertScope Scope,
    string ScopeKey,
    DateTimeOffset WindowStart,
    DateTimeOffset RaisedAt,
    int Ratings,
    int Dissatisfied)
{
    /// <summary>When someone acknowledged it, or <see langword="null"/>.</summary>
    public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>Who acknowledged it.</summary>
    public string? AcknowledgedBy { get; init; }

    /// <summary>What the person who acknowledged it wrote (what was done), or <see langword="null"/>.</summary>
    public string? AcknowledgementComment { get; init; }

    /// <summary>The longest acknowledgement comment kept.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>The longest name of who acknowledged kept.</summary>
    public const int MaxAcknowledgedByLength = 128;

    /// <summary>A sentence for people, in Vietnamese and English.</summary>
    public override string ToString() =>
        $"{(Scope == AlertScope.Counter ? "Quầy" : "Đơn vị")} {ScopeKey}: {Dissatisfied}/{Ratings} đánh giá không hài lòng từ {WindowStart:HH:mm}. / " +
        $"{Scope} {ScopeKey}: {Dissatisfied} of {Ratings} ratings dissatisfied since {WindowStart:HH:mm}.";
}
