namespace SatisfactionKit.Units.Import;

/// <summary>The columns of the catalogue files, by their folded header (Vietnamese or English), and the field each fills.</summary>
internal static class UnitColumns
{
    public static IReadOnlyDictionary<string, string> Versions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ma don vi"] = nameof(UnitVersion.Code),
        ["code"] = nameof(UnitVersion.Code),
        ["ten don vi"] = nameof(UnitName.Vi),
        ["name"] = nameof(UnitName.Vi),
        ["ten tieng anh"] = nameof(UnitName.En),
        ["name en"] = nameof(UnitName.En),
        ["cap"] = nameof(UnitVersion.Level),
        ["level"] = nameof(UnitVersion.Level),
        ["ma don vi cap tren"] = nameof(UnitVersion.ParentCode),
        ["parent code"] = nameof(UnitVersion.ParentCode),
        ["hieu luc tu"] = nameof(UnitVersion.ValidFrom),
        ["valid from"] = nameof(UnitVersion.ValidFrom),
        ["hieu luc den"] = nameof(UnitVersion.ValidTo),
        ["valid to"] = nameof(UnitVersion.ValidTo),
    };

    public static IReadOnlyList<(string Field, string Name)> VersionsRequired { get; } =
        [(nameof(UnitVersion.Code), "ma_don_vi"), (nameof(UnitName.Vi), "ten_don_vi"), (nameof(UnitVersion.Level), "cap"), (nameof(UnitVersion.ValidFrom), "hieu_luc_tu")];

    public static IReadOnlyDictionary<string, string> Successions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ma don vi cu"] = nameof(UnitSuccession.PredecessorCode),
        ["predecessor code"] = nameof(UnitSuccession.PredecessorCode),
        ["ma don vi moi"] = nameof(UnitSuccession.SuccessorCode),
        ["successor code"] = nameof(UnitSuccession.SuccessorCode),
        ["ngay hieu luc"] = nameof(UnitSuccession.EffectiveOn),
        ["effective on"] = nameof(UnitSuccession.EffectiveOn),
        ["nhan so lieu cu"] = nameof(UnitSuccession.CarriesHistory),
        ["carries history"] = nameof(UnitSuccession.CarriesHistory),
    };

    public static IReadOnlyList<(string Field, string Name)> SuccessionsRequired { get; } =
        [(nameof(UnitSuccession.PredecessorCode), "ma_don_vi_cu"), (nameof(UnitSuccession.SuccessorCode), "ma_don_vi_moi"), (nameof(UnitSuccession.EffectiveOn), "ngay_hieu_luc")];
}
