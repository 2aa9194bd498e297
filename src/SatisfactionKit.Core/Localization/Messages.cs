using System.Globalization;

namespace SatisfactionKit.Localization;

/// <summary>
/// The domain messages of SatisfactionKit in Vietnamese and English. FluentValidation's own
/// messages (not empty, too long…) come from its built-in Vietnamese and English translations;
/// only what is particular to satisfaction surveys is written here.
/// </summary>
internal static partial class Messages
{
    private static readonly Dictionary<string, LocalizedText> Catalog = new(StringComparer.Ordinal)
    {
        [ErrorCodes.SchemeUnknown] = new(
            "Không tìm thấy bộ tiêu chí đánh giá '{0}' phiên bản {1}.",
            "Rating scheme '{0}' version {1} was not found."),
        [ErrorCodes.ResultNotReturned] = new(
            "Hồ sơ '{0}' chưa được trả kết quả; chỉ đánh giá sau khi đã nhận kết quả.",
            "Dossier '{0}' has no returned result yet; a rating is accepted only after the result is returned."),
        [ErrorCodes.ResultReturnedInFuture] = new(
            "Thời điểm trả kết quả của hồ sơ '{0}' ({1:O}) ở sau thời điểm đánh giá.",
            "The result of dossier '{0}' is recorded as returned at {1:O}, after the rating was submitted."),
        [ErrorCodes.CriterionMissing] = new(
            "Chưa trả lời tiêu chí bắt buộc '{0}' ({1}).",
            "Required criterion '{0}' ({1}) is not answered."),
        [ErrorCodes.CriterionUnknown] = new(
            "Tiêu chí '{0}' không có trong bộ tiêu chí '{1}'.",
            "Criterion '{0}' is not part of scheme '{1}'."),
        [ErrorCodes.CriterionDuplicated] = new(
            "Tiêu chí '{0}' được trả lời nhiều hơn một lần.",
            "Criterion '{0}' is answered more than once."),
        [ErrorCodes.LevelUnknown] = new(
            "Mức '{1}' của tiêu chí '{0}' không có trong bộ tiêu chí '{2}'.",
            "Level '{1}' given for criterion '{0}' does not exist in scheme '{2}'."),
        [ErrorCodes.CriterionNotApplicable] = new(
            "Tiêu chí '{0}' chỉ được trả lời khi '{1}'.",
            "Criterion '{0}' may be answered only when '{1}'."),
        [ErrorCodes.ConditionUnknown] = new(
            "Điều kiện '{0}' không có trong bộ tiêu chí '{1}'.",
            "Condition '{0}' is not defined by scheme '{1}'."),
        [ErrorCodes.ControlCharacter] = new(
            "Trường '{0}' chứa ký tự điều khiển không được phép (mã U+{1:X4}, ở vị trí {2}).",
            "Field '{0}' holds a control character that is not allowed (U+{1:X4}, at position {2})."),
        [ErrorCodes.FieldTooLong] = new(
            "Trường '{0}' dài {1} ký tự; tối đa {2}.",
            "Field '{0}' is {1} characters long; at most {2} are allowed."),
        [ErrorCodes.DossierCodeFormat] = new(
            "Mã hồ sơ '{0}' không đúng định dạng.",
            "Dossier code '{0}' is not in the expected format."),
        [ErrorCodes.DossierOrSurveyRequired] = new(
            "Đánh giá phải gắn với một hồ sơ, một cuộc khảo sát theo chủ đề hoặc một cán bộ của đơn vị.",
            "A rating must name either a dossier, a topic survey or a unit and officer."),
        [ErrorCodes.DossierAndSurvey] = new(
            "Đánh giá không được gắn đồng thời với hồ sơ và cuộc khảo sát theo chủ đề.",
            "A rating may not name both a dossier and a topic survey."),
        [ErrorCodes.AlreadyRated] = new(
            "Hồ sơ '{0}' đã được đánh giá{1}.",
            "Dossier '{0}' has already been rated{1}."),
        [ErrorCodes.IdempotencyKeyReused] = new(
            "Mã chống gửi trùng '{0}' đã được dùng cho một đánh giá có nội dung khác; gửi lại phải giữ nguyên nội dung, đánh giá mới phải dùng mã mới.",
            "Idempotency key '{0}' was already used for a rating with other content; a retry must repeat the first request, a new rating needs a new key."),
        [ErrorCodes.AlreadyRatedChannelSuffix] = new(
            " qua kênh {0}",
            " through channel {0}"),
        [ErrorCodes.ReasonUnknown] = new(
            "Lý do '{0}' không có trong bộ tiêu chí '{1}'.",
            "Reason '{0}' is not offered by scheme '{1}'."),
        [ErrorCodes.ReasonsNotApplicable] = new(
            "Bộ tiêu chí '{0}' chỉ hỏi lý do khi người dân chưa hài lòng.",
            "Scheme '{0}' asks for reasons only after a dissatisfied answer."),
        [ErrorCodes.AnswersRequired] = new(
            "Đánh giá chưa có câu trả lời nào.",
            "The rating has no answers."),
        [ErrorCodes.SchemeInvalid] = new(
            "Bộ tiêu chí '{0}' không hợp lệ: {1}",
            "Scheme '{0}' is invalid: {1}"),
        [ErrorCodes.VerificationCodeInvalid] = new(
            "Mã hồ sơ hoặc mã xác thực không đúng. Vui lòng kiểm tra lại giấy tiếp nhận hồ sơ.",
            "The dossier code or the verification code is not correct. Please check your dossier receipt."),
        [ErrorCodes.VerificationCodeExpired] = new(
            "Mã xác thực đã hết hạn (chỉ dùng được trong {0} ngày sau khi trả kết quả).",
            "The verification code has expired (it can be used for {0} days after the result is returned)."),
        [ErrorCodes.DossierLocked] = new(
            "Hồ sơ tạm khóa do nhập sai mã xác thực nhiều lần. Vui lòng thử lại sau {0} phút.",
            "This dossier is locked for now after too many wrong verification codes. Please try again in {0} minutes."),
        [ErrorCodes.TooManyAttempts] = new(
            "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau {0} phút.",
            "Too many wrong attempts. Please try again in {0} minutes."),
        [ErrorCodes.LinkTokenInvalid] = new(
            "Đường dẫn đánh giá không hợp lệ.",
            "The rating link is not valid."),
        [ErrorCodes.LinkTokenExpired] = new(
            "Đường dẫn đánh giá đã hết hạn.",
            "The rating link has expired."),
        [ErrorCodes.SmsReplyFormat] = new(
            "Tin nhắn không đúng cú pháp. Soạn: {0} <mã hồ sơ> <mức đánh giá: {1}>.",
            "The message is not in the expected format. Send: {0} <dossier code> <level: {1}>."),
        [ErrorCodes.DossierUnknown] = new(
            "Không tìm thấy hồ sơ '{0}'.",
            "Dossier '{0}' was not found."),
        [ErrorCodes.SurveyUnknown] = new(
            "Không tìm thấy cuộc khảo sát '{0}'.",
            "Survey '{0}' was not found."),
        [ErrorCodes.SurveyNotOpen] = new(
            "Cuộc khảo sát '{0}' không trong thời gian nhận ý kiến.",
            "Survey '{0}' is not open for responses."),
        [ErrorCodes.SurveyAlreadyAnswered] = new(
            "Ông/bà đã tham gia cuộc khảo sát '{0}'.",
            "You have already answered survey '{0}'."),
        [ErrorCodes.SurveyExists] = new(
            "Cuộc khảo sát '{0}' đã tồn tại.",
            "Survey '{0}' already exists."),
        [ErrorCodes.PaperDateFormat] = new(
            "Không đọc được ngày '{0}'; ghi theo dạng yyyy-MM-dd hoặc dd/MM/yyyy.",
            "Date '{0}' cannot be read; write it as yyyy-MM-dd or dd/MM/yyyy."),
        [ErrorCodes.SurveyTokenInvalid] = new(
            "Đường dẫn khảo sát không hợp lệ; hãy dùng đúng đường dẫn được gửi cho bạn.",
            "The survey link is not valid; use the link you were sent."),
        [ErrorCodes.SmsSenderNotApplicant] = new(
            "Chỉ nhận đánh giá qua tin nhắn từ số điện thoại người nộp hồ sơ '{0}' đã đăng ký; hãy đánh giá trực tuyến bằng mã xác thực trên giấy hẹn.",
            "SMS ratings of dossier '{0}' are accepted only from the applicant's registered phone; rate online with the verification code on the receipt."),
        [ErrorCodes.PaperFileUnreadable] = new(
            "Không đọc được tệp '{0}': {1}. Không lưu phiếu nào.",
            "The file '{0}' cannot be read: {2}. Nothing was stored."),
        [ErrorCodes.PaperHeadersUnrecognised] = new(
            "Không nhận ra tiêu đề cột của tệp (ví dụ '{0}'). Tệp có được lưu ở dạng UTF-8 không? Lưu lại tệp dạng \"CSV UTF-8\" rồi nhập lại.",
            "The file's column headers were not recognised (for example '{0}'). Is the file saved as UTF-8? Save it as \"CSV UTF-8\" and import it again."),
        [ErrorCodes.PaperColumnMissing] = new(
            "Thiếu cột bắt buộc '{0}'.",
            "The required column '{0}' is missing."),
        [ErrorCodes.PaperColumnUnknown] = new(
            "Cột '{0}' không phải cột của phiếu cũng không phải tiêu chí của bộ tiêu chí '{1}'.",
            "Column '{0}' is neither a column of the form nor a criterion of scheme '{1}'."),
        [ErrorCodes.NotStatedMisused] = new(
            "Câu trả lời 'không nêu tiêu chí' chỉ dùng một mình, ở mức chưa hài lòng, với bộ tiêu chí hỏi tiêu chí chưa hài lòng ('{0}' không đáp ứng).",
            "The 'criterion not stated' answer stands alone, at a dissatisfied level, in a scheme that asks for dissatisfied criteria ('{0}' does not allow it here)."),
        [ErrorCodes.OfficerChannel] = new(
            "Đánh giá theo đơn vị và cán bộ (không có mã hồ sơ) chỉ dùng kênh OnlineByOfficer, và kênh này phải chọn đơn vị và cán bộ.",
            "A rating by unit and officer (without a dossier code) uses channel OnlineByOfficer only, and that channel needs a unit and an officer."),
        [ErrorCodes.OptionInvalid] = new(
            "Cấu hình SatisfactionKit không hợp lệ: {0}",
            "SatisfactionKit configuration is invalid: {0}"),
    };

    /// <summary>The message <paramref name="code"/> in the current UI culture, formatted with <paramref name="args"/>.</summary>
    public static string Current(string code, params object?[] args) => Format(CultureInfo.CurrentUICulture, code, args);

    /// <summary>The message <paramref name="code"/> in <paramref name="culture"/>, formatted with <paramref name="args"/>.</summary>
    public static string Format(CultureInfo culture, string code, params object?[] args)
    {
        var text = Catalog[code].Get(culture);
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    /// <summary>The same message in both languages, for logs and exceptions read by people of either.</summary>
    public static string Bilingual(string code, params object?[] args) =>
        $"{Format(SatisfactionKitCultures.Vietnamese, code, args)} / {Format(SatisfactionKitCultures.English, code, args)}";
}
