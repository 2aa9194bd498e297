namespace SatisfactionKit.Localization;

/// <summary>The messages of the unit catalogue, added to the catalog once, before any message is read.</summary>
internal static partial class Messages
{
    static Messages()
    {
        Catalog[ErrorCodes.UnitFieldRequired] = new(
            "Đơn vị '{0}': thiếu giá trị của '{1}'.",
            "Unit '{0}': '{1}' is required.");
        Catalog[ErrorCodes.UnitValueInvalid] = new(
            "Giá trị '{1}' của '{0}' không đọc được: {2}.",
            "'{0}' holds '{1}', which cannot be read: {3}.");
        Catalog[ErrorCodes.UnitVersionEndsBeforeStart] = new(
            "Phiên bản của đơn vị '{0}' kết thúc ngày {2:yyyy-MM-dd}, không sau ngày bắt đầu {1:yyyy-MM-dd}.",
            "A version of unit '{0}' ends on {2:yyyy-MM-dd}, not after it begins on {1:yyyy-MM-dd}.");
        Catalog[ErrorCodes.UnitVersionsOverlap] = new(
            "Hai phiên bản của đơn vị '{0}' cùng có hiệu lực: phiên bản bắt đầu {1:yyyy-MM-dd} (dòng {3}) chưa kết thúc khi phiên bản bắt đầu {2:yyyy-MM-dd} bắt đầu.",
            "Two versions of unit '{0}' hold at once: the one from {1:yyyy-MM-dd} (row {3}) has not ended when the one from {2:yyyy-MM-dd} begins.");
        Catalog[ErrorCodes.UnitParentUnknown] = new(
            "Đơn vị cấp trên '{1}' của đơn vị '{0}' không có trong danh mục.",
            "Unit '{0}' names parent '{1}', which is not in the catalogue.");
        Catalog[ErrorCodes.UnitParentCycle] = new(
            "Quan hệ cấp trên tạo thành vòng lặp ngày {1:yyyy-MM-dd}: {0}.",
            "Parents form a cycle on {1:yyyy-MM-dd}: {0}.");
        Catalog[ErrorCodes.UnitUnknown] = new(
            "Đơn vị '{0}' không có trong danh mục.",
            "Unit '{0}' is not in the catalogue.");
        Catalog[ErrorCodes.UnitSuccessionInFuture] = new(
            "Việc '{1}' kế thừa '{0}' có hiệu lực ngày {2:yyyy-MM-dd}, sau hôm nay ({3:yyyy-MM-dd}); chỉ ghi nhận khi đã có hiệu lực.",
            "'{1}' succeeding '{0}' takes effect on {2:yyyy-MM-dd}, after today ({3:yyyy-MM-dd}); record it once it is in effect.");
        Catalog[ErrorCodes.UnitSuccessionCycle] = new(
            "Quan hệ kế thừa tạo thành vòng lặp: {0}.",
            "Successions form a cycle: {0}.");
        Catalog[ErrorCodes.UnitSuccessionDuplicated] = new(
            "Việc '{1}' kế thừa '{0}' được ghi hai lần.",
            "'{1}' succeeding '{0}' is given twice.");
        Catalog[ErrorCodes.UnitSuccessionHistory] = new(
            "Đơn vị '{0}' có {1} đơn vị kế thừa nhận số liệu cũ; đánh dấu đúng một đơn vị nhận số liệu cũ.",
            "Unit '{0}' has {1} successors taking its history; mark exactly one to take it.");
        Catalog[ErrorCodes.UnitPredecessorInEffect] = new(
            "Đơn vị '{0}' vẫn còn hiệu lực ngày {1:yyyy-MM-dd}, khi '{2}' kế thừa; phiên bản cuối của '{0}' phải kết thúc muộn nhất ngày đó.",
            "Unit '{0}' is still in effect on {1:yyyy-MM-dd}, when '{2}' succeeds it; its last version must end by that day.");
        Catalog[ErrorCodes.UnitColumnMissing] = new(
            "Tệp '{1}' thiếu cột bắt buộc '{0}'.",
            "File '{1}' lacks the required column '{0}'.");
        Catalog[ErrorCodes.UnitFileUnreadable] = new(
            "Không đọc được tệp '{0}': {1}. Không lưu đơn vị nào.",
            "The file '{0}' cannot be read: {2}. Nothing was stored.");
        Catalog[ErrorCodes.CounterAmbiguous] = new(
            "Quầy '{0}' có ở {1} đơn vị ({2}); hãy ghi rõ mã đơn vị của quầy.",
            "Counter '{0}' exists in {1} units ({2}); give the counter's unit code.");
    }
}
