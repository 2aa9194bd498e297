namespace SatisfactionKit.Channels.Surveys;

/// <summary>A topic survey (<i>khảo sát theo chủ đề</i>): its ratings carry no dossier, only the campaign's id.</summary>
public sealed record SurveyCampaign
{
    /// <summary>The campaign's identifier, stored as <c>Rating.SurveyId</c> (at most 64 characters).</summary>
    public required string Id { get; init; }

    /// <summary>The scheme answered.</summary>
    public required string SchemeCode { get; init; }

    /// <summary>The scheme's version; its highest when <see langword="null"/>.</summary>
    public int? SchemeVersion { get; init; }

    /// <summary>The topic, for example <c>Cấp giấy phép xây dựng</c>.</summary>
    public required string Topic { get; init; }

    /// <summary>The period surveyed, for example <c>2026-Q4</c>.</summary>
    public required string Period { get; init; }

    /// <summary>The unit surveyed, or <see langword="null"/> for the whole province.</summary>
    public string? AudienceUnitCode { get; init; }

    /// <summary>When responses are first accepted.</summary>
    public required DateTimeOffset OpensAt { get; init; }

    /// <summary>When responses stop being accepted (exclusive).</summary>
    public required DateTimeOffset ClosesAt { get; init; }
}
