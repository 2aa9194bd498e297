using System.Globalization;
using SatisfactionKit.Localization;

namespace SatisfactionKit.Units;

/// <summary>How a report rolls ratings up the hierarchy: to which level, as of which date, in which view.</summary>
/// <param name="Level">The level of the rows (province, commune...). A rating's unit above this level is its own row.</param>
/// <param name="AsOf">The date whose hierarchy is used; for <see cref="UnitView.AsRestructured"/>, successions up to this date are followed (use today).</param>
/// <param name="View">As recorded, or as restructured.</param>
public sealed record UnitRollup(UnitLevel Level, DateOnly AsOf, UnitView View)
{
    /// <summary>The label a report shows above the rows, saying which view and date the figures are in.</summary>
    public LocalizedText Label
    {
        get
        {
            var date = AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            var iso = AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return View == UnitView.AsRecorded
                ? new($"Theo cấp {Level}, đơn vị như đã ghi nhận tại ngày {date}", $"By {Level}, units as recorded on {iso}")
                : new($"Theo cấp {Level}, theo cơ cấu tại ngày {date}: số liệu của đơn vị đã sáp nhập tính cho đơn vị kế thừa", $"By {Level}, as restructured on {iso}: merged units' history attributed to their successor");
        }
    }
}
