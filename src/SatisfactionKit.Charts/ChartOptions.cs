namespace SatisfactionKit.Charts;

/// <summary>Size, format and title of a chart.</summary>
public sealed record ChartOptions
{
    /// <summary>800 × 480 PNG with the default Vietnamese title.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Width in pixels.</summary>
    public int Width { get; init; } = 800;

    /// <summary>Height in pixels.</summary>
    public int Height { get; init; } = 480;

    /// <summary>PNG or SVG.</summary>
    public ChartFormat Format { get; init; } = ChartFormat.Png;

    /// <summary>A title in place of the chart's default (Vietnamese) one.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The names shown instead of unit and criterion codes (a report's <c>SatisfactionReport.Names</c>); codes show as
    /// themselves when <see langword="null"/>. <see cref="ReportCharts.WriteAll"/> uses the report's own names.
    /// </summary>
    public SatisfactionKit.Reports.ReportNames? Names { get; init; }
}
