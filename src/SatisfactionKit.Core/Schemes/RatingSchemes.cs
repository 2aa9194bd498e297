namespace SatisfactionKit.Schemes;

/// <summary>
/// The built-in schemes, worded as in the source documents. Each is version 1; an agency that
/// needs a change publishes its own scheme under another code or version.
/// </summary>
public static class RatingSchemes
{
    /// <summary>Code of <see cref="Hanoi2014"/>.</summary>
    public const string Hanoi2014Code = "HANOI_2014";
    /// <summary>Code of <see cref="Sipas22"/>.</summary>
    public const string Sipas22Code = "SIPAS_22";
    /// <summary>Code of <see cref="ThreeLevel"/>.</summary>
    public const string ThreeLevelCode = "BA_MUC";
    /// <summary>Code of <see cref="FourSmiley"/>.</summary>
    public const string FourSmileyCode = "BON_MAT_CUOI";
    /// <summary>Code of <see cref="FiveStar"/>.</summary>
    public const string FiveStarCode = "NAM_SAO";
    /// <summary>Code of <see cref="Tt01"/>.</summary>
    public const string Tt01Code = "TT01_2018";

    /// <summary>The criterion code of single-question schemes (<i>đánh giá chung</i>).</summary>
    public const string OverallCriterionCode = "CHUNG";

    /// <summary>The SIPAS condition "has given feedback, a complaint or a petition", which makes factor 5 applicable.</summary>
    public const string SipasFeedbackConditionCode = "DA_GOP_Y";

    /// <summary>
    /// Hà Nội 2014 (Kế hoạch ứng dụng CNTT đánh giá sự hài lòng): two levels, <i>Hài lòng</i> and
    /// <i>Không hài lòng</i>, over four criteria. <i>Hài lòng</i> means satisfied with all four;
    /// <i>Không hài lòng</i> is given per criterion, so a dissatisfied first answer asks which.
    /// </summary>
    public static RatingScheme Hanoi2014 { get; } = new RatingSchemeBuilder(Hanoi2014Code)
        .WithName("Đánh giá sự hài lòng tại bộ phận một cửa (Hà Nội, 2014)", "One-stop counter satisfaction (Hà Nội, 2014)")
        .AddLevel("KHL", 1, "Không hài lòng", "Dissatisfied", satisfied: false)
        .AddLevel("HL", 2, "Hài lòng", "Satisfied", satisfied: true)
        .AddCriterion("THONG_TIN_CSVC", "Chất lượng thông tin về dịch vụ hành chính và cơ sở vật chất tại bộ phận một cửa", "Quality of information about the service and the one-stop counter's facilities")
        .AddCriterion("HO_SO", "Quy định về hồ sơ của TTHC", "The procedure's dossier requirements")
        .AddCriterion("THAI_DO", "Thái độ phục vụ của cán bộ", "The officer's service attitude")
        .AddCriterion("THOI_GIAN_CHI_PHI", "Thời gian và chi phí phải trả cho dịch vụ hành chính", "Time and cost paid for the administrative service")
        .WithFollowUp(new FollowUpRule(FollowUpKind.DissatisfiedCriteria))
        .Build();

    /// <summary>
    /// The SIPAS instrument (Hà Nam 2018 plan): five factors, 22 criteria, each on a 5-level scale
    /// from 1 <i>rất không hài lòng</i> to 5 <i>rất hài lòng</i>. Factor 5 is answered only by
    /// respondents who gave feedback (condition <see cref="SipasFeedbackConditionCode"/>).
    /// </summary>
    public static RatingScheme Sipas22 { get; } = new RatingSchemeBuilder(Sipas22Code)
        .WithName("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), 22 tiêu chí", "Satisfaction Index of Public Administrative Services (SIPAS), 22 criteria")
        .AddLevel("1", 1, "Rất không hài lòng", "Very dissatisfied", satisfied: false)
        .AddLevel("2", 2, "Không hài lòng", "Dissatisfied", satisfied: false)
        .AddLevel("3", 3, "Bình thường", "Neutral", satisfied: false)
        .AddLevel("4", 4, "Hài lòng", "Satisfied", satisfied: true)
        .AddLevel("5", 5, "Rất hài lòng", "Very satisfied", satisfied: true)
        .AddCondition(SipasFeedbackConditionCode, "Ông/bà đã thực hiện góp ý, phản ánh, kiến nghị liên quan đến việc cung ứng dịch vụ hành chính công", "You gave feedback, a complaint or a petition about the public administrative service")
        .AddFactor("YT1", "Tiếp cận dịch vụ hành chính công của cơ quan hành chính nhà nước", "Access to the public administrative service")
        .AddCriterion("TC1.1", "Nơi ngồi chờ tại cơ quan giải quyết thủ tục hành chính/Bộ phận tiếp nhận và trả kết quả có đủ chỗ ngồi", "There are enough seats while waiting", "YT1")
        .AddCriterion("TC1.2", "Trang thiết bị phục vụ cá nhân, tổ chức tại cơ quan giải quyết thủ tục hành chính/Bộ phận tiếp nhận và trả kết quả đầy đủ", "The equipment serving citizens is complete", "YT1")
        .AddCriterion("TC1.3", "Trang thiết bị phục vụ cá nhân, tổ chức tại cơ quan giải quyết thủ tục hành chính/Bộ phận tiếp nhận và trả kết quả hiện đại", "The equipment serving citizens is modern", "YT1")
        .AddCriterion("TC1.4", "Trang thiết bị phục vụ cá nhân, tổ chức tại cơ quan giải quyết thủ tục hành chính/Bộ phận tiếp nhận và trả kết quả dễ sử dụng", "The equipment serving citizens is easy to use", "YT1")
        .AddFactor("YT2", "Thủ tục hành chính", "Administrative procedure")
        .AddCriterion("TC2.1", "Thủ tục hành chính được niêm yết công khai đầy đủ", "The procedure is publicly posted completely", "YT2")
        .AddCriterion("TC2.2", "Thủ tục hành chính được niêm yết công khai chính xác", "The procedure is publicly posted accurately", "YT2")
        .AddCriterion("TC2.3", "Thành phần hồ sơ mà cá nhân, tổ chức phải nộp là đúng quy định", "The documents required are as regulated", "YT2")
        .AddCriterion("TC2.4", "Phí/lệ phí mà cá nhân, tổ chức phải nộp là đúng quy định", "The fees paid are as regulated", "YT2")
        .AddCriterion("TC2.5", "Thời hạn giải quyết (tính từ ngày hồ sơ được tiếp nhận hợp lệ đến ngày nhận kết quả) là đúng quy định", "The processing time (from valid receipt to the result) is as regulated", "YT2")
        .AddFactor("YT3", "Công chức trực tiếp giải quyết công việc", "The officer handling the matter")
        .AddCriterion("TC3.1", "Công chức có thái độ giao tiếp lịch sự", "The officer is polite", "YT3")
        .AddCriterion("TC3.2", "Công chức chú ý lắng nghe ý kiến của cá nhân/đại diện tổ chức", "The officer listens attentively", "YT3")
        .AddCriterion("TC3.3", "Công chức trả lời, giải đáp đầy đủ các ý kiến của cá nhân/đại diện tổ chức", "The officer answers every question fully", "YT3")
        .AddCriterion("TC3.4", "Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo", "The officer guides the filing attentively", "YT3")
        .AddCriterion("TC3.5", "Công chức hướng dẫn hồ sơ dễ hiểu", "The officer's guidance is easy to understand", "YT3")
        .AddCriterion("TC3.6", "Công chức tuân thủ đúng quy định trong giải quyết công việc", "The officer follows the rules", "YT3")
        .AddFactor("YT4", "Kết quả cung ứng dịch vụ hành chính công", "The result of the service")
        .AddCriterion("TC4.1", "Kết quả đúng quy định", "The result is as regulated", "YT4")
        .AddCriterion("TC4.2", "Kết quả có thông tin đầy đủ", "The result's information is complete", "YT4")
        .AddCriterion("TC4.3", "Kết quả có thông tin chính xác", "The result's information is accurate", "YT4")
        .AddFactor("YT5", "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị", "Handling of feedback, complaints and petitions")
        .AddCriterion("TC5.1", "Cơ quan giải quyết thủ tục hành chính/ Bộ phận tiếp nhận và trả kết quả có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị", "A channel for feedback, complaints and petitions exists", "YT5", CriterionRequirement.Conditional, SipasFeedbackConditionCode)
        .AddCriterion("TC5.2", "Cá nhân, tổ chức thực hiện góp ý, phản ánh, kiến nghị dễ dàng", "Giving feedback is easy", "YT5", CriterionRequirement.Conditional, SipasFeedbackConditionCode)
        .AddCriterion("TC5.3", "Cơ quan giải quyết thủ tục hành chính/Bộ phận tiếp nhận và trả kết quả tiếp nhận, xử lý các góp ý, phản ánh, kiến nghị tích cực", "Feedback is received and handled actively", "YT5", CriterionRequirement.Conditional, SipasFeedbackConditionCode)
        .AddCriterion("TC5.4", "Cơ quan giải quyết thủ tục hành chính/ Bộ phận tiếp nhận và trả kết quả có thông báo kết quả xử lý góp ý, phản ánh, kiến nghị kịp thời", "The outcome of handling is notified in time", "YT5", CriterionRequirement.Conditional, SipasFeedbackConditionCode)
        .Build();

    /// <summary>
    /// The three-level counter scale of the national evaluation form: <i>Rất hài lòng</i>,
    /// <i>Hài lòng</i>, <i>Không hài lòng</i>, as one overall question.
    /// </summary>
    public static RatingScheme ThreeLevel { get; } = new RatingSchemeBuilder(ThreeLevelCode)
        .WithName("Đánh giá ba mức", "Three-level rating")
        .AddLevel("KHL", 1, "Không hài lòng", "Dissatisfied", satisfied: false)
        .AddLevel("HL", 2, "Hài lòng", "Satisfied", satisfied: true)
        .AddLevel("RHL", 3, "Rất hài lòng", "Very satisfied", satisfied: true)
        .AddCriterion(OverallCriterionCode, "Mức độ hài lòng chung", "Overall satisfaction")
        .Build();

    /// <summary>Four smiley faces with no neutral level, as one overall question.</summary>
    public static RatingScheme FourSmiley { get; } = new RatingSchemeBuilder(FourSmileyCode)
        .WithName("Đánh giá bốn mức (mặt cười)", "Four smileys")
        .AddLevel("RKHL", 1, "Rất không hài lòng", "Very dissatisfied", satisfied: false)
        .AddLevel("KHL", 2, "Không hài lòng", "Dissatisfied", satisfied: false)
        .AddLevel("HL", 3, "Hài lòng", "Satisfied", satisfied: true)
        .AddLevel("RHL", 4, "Rất hài lòng", "Very satisfied", satisfied: true)
        .AddCriterion(OverallCriterionCode, "Mức độ hài lòng chung", "Overall satisfaction")
        .Build();

    /// <summary>Five stars as one overall question; at three stars or fewer the respondent may give reasons.</summary>
    public static RatingScheme FiveStar { get; } = new RatingSchemeBuilder(FiveStarCode)
        .WithName("Đánh giá năm sao", "Five-star rating")
        .AddLevel("1", 1, "1 sao", "1 star", satisfied: false)
        .AddLevel("2", 2, "2 sao", "2 stars", satisfied: false)
        .AddLevel("3", 3, "3 sao", "3 stars", satisfied: false)
        .AddLevel("4", 4, "4 sao", "4 stars", satisfied: true)
        .AddLevel("5", 5, "5 sao", "5 stars", satisfied: true)
        .AddCriterion(OverallCriterionCode, "Mức độ hài lòng chung", "Overall satisfaction")
        .WithFollowUp(new FollowUpRule(FollowUpKind.Reasons, TriggerAtOrBelowValue: 3, Reasons:
        [
            new("THOI_GIAN", new("Thời gian chờ, thời gian giải quyết lâu", "Waiting or processing took too long")),
            new("THAI_DO", new("Thái độ của cán bộ", "The officer's attitude")),
            new("HO_SO", new("Hồ sơ, thủ tục phức tạp", "Documents or procedure too complicated")),
            new("CHI_PHI", new("Phí, lệ phí", "Fees")),
            new("CO_SO_VAT_CHAT", new("Cơ sở vật chất tại bộ phận một cửa", "The counter's facilities")),
            new("KHAC", new("Lý do khác", "Another reason")),
        ]))
        .Build();

    /// <summary>
    /// The nine indicators of the national evaluation of procedure handling (Thông tư 01/2018/TT-VPCP),
    /// each scored 0, 1 or 2 points, totalled out of 18 and banded <i>Xuất sắc</i> (above 15),
    /// <i>Tốt</i> (12 to 15), <i>Khá</i> (9 to under 12), <i>Trung bình</i> (6 to under 9) and
    /// <i>Yếu</i> (under 6). A total of exactly 15 is <i>Tốt</i>.
    /// </summary>
    public static RatingScheme Tt01 { get; } = new RatingSchemeBuilder(Tt01Code)
        .WithName("Đánh giá chất lượng giải quyết thủ tục hành chính (Thông tư 01/2018/TT-VPCP)", "Evaluation of procedure handling (Circular 01/2018/TT-VPCP)")
        .AddLevel("0", 0, "0 điểm", "0 points", satisfied: false)
        .AddLevel("1", 1, "1 điểm", "1 point", satisfied: true)
        .AddLevel("2", 2, "2 điểm", "2 points", satisfied: true)
        .AddCriterion("CT1", "Tổng thời gian giải quyết thủ tục hành chính so với thời hạn theo quy định", "Total resolution time against the legal limit")
        .AddCriterion("CT2", "Thời gian thực hiện tại từng cơ quan, đơn vị tham gia giải quyết", "Time taken at each agency involved")
        .AddCriterion("CT3", "Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ", "Number of contacts needed to complete the dossier")
        .AddCriterion("CT4", "Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ", "Number of agencies to contact to complete the dossier")
        .AddCriterion("CT5", "Tiếp nhận và giải quyết hồ sơ thông qua Bộ phận Một cửa", "Receipt and handling through the one-stop section")
        .AddCriterion("CT6", "Công khai thủ tục hành chính", "Publicity of the procedure")
        .AddCriterion("CT7", "Thái độ của cán bộ, công chức, viên chức khi hướng dẫn, tiếp nhận và giải quyết hồ sơ", "Officers' attitude in guiding, receiving and handling the dossier")
        .AddCriterion("CT8", "Tiếp nhận, xử lý phản ánh, kiến nghị", "Receipt and handling of feedback and petitions")
        .AddCriterion("CT9", "Cung cấp dịch vụ công trực tuyến", "Online public service provided")
        .WithScoreBands(
            new ScoreBand("XUAT_SAC", new("Xuất sắc", "Excellent"), 15m, LowerBoundInclusive: false),
            new ScoreBand("TOT", new("Tốt", "Good"), 12m),
            new ScoreBand("KHA", new("Khá", "Fair"), 9m),
            new ScoreBand("TRUNG_BINH", new("Trung bình", "Average"), 6m),
            new ScoreBand("YEU", new("Yếu", "Poor"), 0m))
        .Build();

    /// <summary>Every built-in scheme.</summary>
    public static IReadOnlyList<RatingScheme> All { get; } = [Hanoi2014, Sipas22, ThreeLevel, FourSmiley, FiveStar, Tt01];
}
