namespace SatisfactionKit.Units.Import;

/// <summary>The files of a unit catalogue import.</summary>
/// <param name="UnitsFilePath">One row per unit version: <c>ma_don_vi</c>, <c>ten_don_vi</c>, <c>cap</c>, <c>hieu_luc_tu</c>, and optionally <c>ten_tieng_anh</c>, <c>ma_don_vi_cap_tren</c>, <c>hieu_luc_den</c>.</param>
/// <param name="SuccessionsFilePath">One row per succession: <c>ma_don_vi_cu</c>, <c>ma_don_vi_moi</c>, <c>ngay_hieu_luc</c>, and optionally <c>nhan_so_lieu_cu</c>; <see langword="null"/> for none.</param>
public sealed record UnitImportRequest(string UnitsFilePath, string? SuccessionsFilePath = null);
