using SatisfactionKit.Localization;

namespace SatisfactionKit.Server.Problems;

/// <summary>The server's own messages, in Vietnamese and English.</summary>
internal static class ServerText
{
    public static readonly LocalizedText Refused = new("Yêu cầu bị từ chối", "The request was refused");
    public static readonly LocalizedText Invalid = new("Yêu cầu không hợp lệ", "The request is not valid");
    public static readonly LocalizedText BadJson = new("Nội dung JSON không đọc được", "The JSON body could not be read");
    public static readonly LocalizedText BadJsonDetail = new("Gửi một đối tượng JSON đúng cú pháp, Content-Type: application/json.", "Send a well-formed JSON object with Content-Type: application/json.");
    public static readonly LocalizedText Required = new("Trường '{0}' là bắt buộc.", "'{0}' is required.");
    public static readonly LocalizedText DossierNotFound = new("Không tìm thấy hồ sơ", "Dossier not found");
    public static readonly LocalizedText NoResultYet = new("Hồ sơ chưa có kết quả", "The dossier has no result yet");
    public static readonly LocalizedText NoPrompt = new("Quầy không có lượt đánh giá nào", "The counter has no prompt");
    public static readonly LocalizedText BadPeriod = new("Kỳ báo cáo không hợp lệ", "Invalid report period");
    public static readonly LocalizedText BadPeriodDetail = new("'{0}': dùng 2026-10, 2026-Q3, 2026-H1 hoặc 2026.", "'{0}': use 2026-10, 2026-Q3, 2026-H1 or 2026.");
    public static readonly LocalizedText OtherCounter = new("Thiết bị không thuộc quầy này", "The device does not serve this counter");
    public static readonly LocalizedText NodeUnavailable = new("Máy chủ giữ lượt đánh giá của quầy không trả lời; thử lại sau", "The server holding the counter's prompt did not answer; try again later");
    public static readonly LocalizedText NotConfigured = new("Máy chủ chưa được cấu hình cho chức năng này", "The server is not configured for this");
    public static readonly LocalizedText TooManyRequests = new("Quá nhiều yêu cầu", "Too many requests");
    public static readonly LocalizedText TooManyRequestsDetail = new("Vui lòng thử lại sau {0} giây.", "Please try again in {0} seconds.");
    public static readonly LocalizedText DatabaseUnavailable = new("Cơ sở dữ liệu tạm thời không truy cập được", "The database is temporarily unavailable");
    public static readonly LocalizedText DatabaseUnavailableDetail = new("Không có gì được lưu. Vui lòng thử lại sau ít phút.", "Nothing was stored. Please try again in a few minutes.");
    public static readonly LocalizedText FieldTooLong = new("Trường '{0}' dài {1} ký tự; tối đa {2}.", "'{0}' is {1} characters long; at most {2} are allowed.");
    public static readonly LocalizedText ControlCharacter = new("Trường '{0}' chứa ký tự điều khiển không được phép (mã U+{1}, ở vị trí {2}).", "'{0}' holds a control character that is not allowed (U+{1}, at position {2}).");
    public static readonly LocalizedText BrokenCharacter = new("Trường '{0}' chứa ký tự hỏng (U+{1}, ở vị trí {2}).", "'{0}' holds a broken character (U+{1}, at position {2}).");
    public static readonly LocalizedText PressRefused = new("Lần bấm không hợp lệ", "The press is not valid");
    public static readonly LocalizedText OtherUnit = new("Bạn không được làm việc với đơn vị này", "You may not act for this unit");
    public static readonly LocalizedText SchemeUnknown = new("Không mở được lượt đánh giá", "The prompt could not be opened");

    public static readonly LocalizedText ReportSchemeUnknown = new("Không có bộ tiêu chí này", "There is no such scheme");

    public static readonly LocalizedText EnrollmentCodeUnknown = new("Mã đăng ký thiết bị không đúng", "The device enrollment code is not valid");
    public static readonly LocalizedText EnrollmentCodeUsed = new("Mã đăng ký thiết bị đã được dùng; mỗi mã chỉ dùng một lần. Hãy xin quản trị viên mã mới", "The device enrollment code was used already; a code works once. Ask the administrator for a new one");
    public static readonly LocalizedText EnrollmentCodeExpired = new("Mã đăng ký thiết bị đã hết hạn. Hãy xin quản trị viên mã mới", "The device enrollment code has expired. Ask the administrator for a new one");
    public static readonly LocalizedText DeviceRevoked = new("Thiết bị đã bị thu hồi", "The device has been revoked");
    public static readonly LocalizedText DeviceNotFound = new("Không tìm thấy thiết bị", "Device not found");
    public static readonly LocalizedText CounterUnitRequired = new(
        "Quầy phải được gọi kèm đơn vị: dùng units/{mã đơn vị}/counters/{mã quầy}/…",
        "A counter is named with its unit: use units/{unitCode}/counters/{counterId}/…");
    public static readonly LocalizedText CounterAmbiguous = new(
        "Mã quầy có ở nhiều đơn vị; hãy ghi rõ mã đơn vị của quầy",
        "The counter id exists in several units; give the counter's unit");
}
