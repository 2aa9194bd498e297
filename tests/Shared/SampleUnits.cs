using SatisfactionKit.Units;

namespace SatisfactionKit.Testing;

/// <summary>
/// A small real-shaped hierarchy with the 2025 reorganisation on 1 July 2025: Hà Nam (35) merged into
/// Ninh Bình (37), the district level abolished, and two wards of Phủ Lý merged into one.
/// <code>
///  until 2025-06-30                              from 2025-07-01
///  35 Hà Nam                                     37 Ninh Bình
///    347 TP Phủ Lý                                 13999 Phường Phủ Lý  ← 13321 + 13324
///      13321 Phường Lê Hồng Phong                  14101 Phường Đông Thành (parent now 37)
///      13324 Phường Quang Trung
///  37 Ninh Bình
///    372 TP Hoa Lư
///      14101 Phường Đông Thành
/// </code>
/// </summary>
public static class SampleUnits
{
    public static readonly DateOnly Origin = new(2000, 1, 1);

    public static readonly DateOnly Merger = new(2025, 7, 1);

    public static readonly DateOnly BeforeMerger = new(2025, 6, 30);

    public static IReadOnlyList<UnitVersion> Versions { get; } =
    [
        new("35", new UnitName("Tỉnh Hà Nam", "Ha Nam Province"), UnitLevel.Province, null, Origin, Merger),
        new("37", new UnitName("Tỉnh Ninh Bình", "Ninh Binh Province"), UnitLevel.Province, null, Origin),
        new("347", new UnitName("Thành phố Phủ Lý"), UnitLevel.District, "35", Origin, Merger),
        new("372", new UnitName("Thành phố Hoa Lư"), UnitLevel.District, "37", Origin, Merger),
        new("13321", new UnitName("Phường Lê Hồng Phong"), UnitLevel.Commune, "347", Origin, Merger),
        new("13324", new UnitName("Phường Quang Trung"), UnitLevel.Commune, "347", Origin, Merger),
        new("14101", new UnitName("Phường Đông Thành"), UnitLevel.Commune, "372", Origin, Merger),
        new("14101", new UnitName("Phường Đông Thành"), UnitLevel.Commune, "37", Merger),
        new("13999", new UnitName("Phường Phủ Lý", "Phu Ly Ward"), UnitLevel.Commune, "37", Merger),
    ];

    public static IReadOnlyList<UnitSuccession> Successions { get; } =
    [
        new("35", "37", Merger),
        new("13321", "13999", Merger),
        new("13324", "13999", Merger),
    ];

    public static UnitCatalogue Catalogue { get; } = new(Versions, Successions);
}
