namespace SatisfactionKit.Charts;

/// <summary>The file format of a chart.</summary>
public enum ChartFormat
{
    /// <summary>A PNG bitmap.</summary>
    Png = 0,

    /// <summary>An SVG drawing (UTF-8 text).</summary>
    Svg = 1,
}
