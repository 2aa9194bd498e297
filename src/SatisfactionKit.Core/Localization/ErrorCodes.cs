namespace SatisfactionKit.Localization;

/// <summary>
/// The stable error codes SatisfactionKit puts on validation failures
/// (<c>ValidationFailure.ErrorCode</c>), so that a vendor's screen can react to a refusal
/// without reading its text.
/// </summary>
public static partial class ErrorCodes
{
    /// <summary>The rating names a scheme code and version that is not registered.</summary>
    public const string SchemeUnknown = "SK_SCHEME_UNKNOWN";
    /// <summary>The dossier's result has not been returned, so it may not be rated yet.</summary>
    public const string ResultNotReturned = "SK_RESULT_NOT_RETURNED";
    /// <summary>The dossier's result-returned time lies after the submission time.</summary>
    public const string ResultReturnedInFuture = "SK_RESULT_RETURNED_IN_FUTURE";
    /// <summary>A required criterion has no answer.</summary>
    public const string CriterionMissing = "SK_CRITERION_MISSING";
    /// <summary>An answer names a criterion the scheme does not have.</summary>
    public const string CriterionUnknown = "SK_CRITERION_UNKNOWN";
    /// <summary>A criterion is answered more than once.</summary>
    public const string CriterionDuplicated = "SK_CRITERION_DUPLICATED";
    /// <summary>An answer gives a level the scheme does not have.</summary>
    public const string LevelUnknown = "SK_LEVEL_UNKNOWN";
    /// <summary>A conditional criterion is answered while its condition does not hold.</summary>
    public const string CriterionNotApplicable = "SK_CRITERION_NOT_APPLICABLE";
    /// <summary>The rating declares a condition the scheme does not define.</summary>
    public const string ConditionUnknown = "SK_CONDITION_UNKNOWN";
    /// <summary>The dossier code does not match the configured pattern.</summary>
    public const string DossierCodeFormat = "SK_DOSSIER_CODE_FORMAT";
    /// <summary>A text field holds a control character (NUL, escape…); a comment may hold line breaks and tabs only.</summary>
    public const string ControlCharacter = "SK_CONTROL_CHARACTER";
    /// <summary>A text field is longer than its column allows.</summary>
    public const string FieldTooLong = "SK_FIELD_TOO_LONG";
    /// <summary>The rating names neither a dossier, nor a topic survey, nor a unit and officer.</summary>
    public const string DossierOrSurveyRequired = "SK_DOSSIER_OR_SURVEY_REQUIRED";
    /// <summary>The rating names both a dossier and a topic survey.</summary>
    public const string DossierAndSurvey = "SK_DOSSIER_AND_SURVEY";
    /// <summary>The dossier was already rated (on this channel, or at all, as configured).</summary>
    public const string AlreadyRated = "SK_ALREADY_RATED";
    /// <summary>
    /// The idempotency key was already used for a rating with other content (another dossier, other
    /// answers): a retry must repeat the first request exactly; a new rating needs a new key.
    /// </summary>
    public const string IdempotencyKeyReused = "SK_IDEMPOTENCY_KEY_REUSED";
    /// <summary>A follow-up reason the scheme does not offer.</summary>
    public const string ReasonUnknown = "SK_REASON_UNKNOWN";
    /// <summary>Follow-up reasons given where the scheme does not ask for them.</summary>
    public const string ReasonsNotApplicable = "SK_REASONS_NOT_APPLICABLE";
    /// <summary>The rating has no answers at all.</summary>
    public const string AnswersRequired = "SK_ANSWERS_REQUIRED";
    /// <summary>A scheme definition is invalid.</summary>
    public const string SchemeInvalid = "SK_SCHEME_INVALID";
    /// <summary>An option is missing or invalid.</summary>
    public const string OptionInvalid = "SK_OPTION_INVALID";

    /// <summary>The dossier code and verification code do not match (or the dossier is unknown: the caller is not told which).</summary>
    public const string VerificationCodeInvalid = "SK_VERIFICATION_CODE_INVALID";
    /// <summary>The verification code is past its validity after the result was returned.</summary>
    public const string VerificationCodeExpired = "SK_VERIFICATION_CODE_EXPIRED";
    /// <summary>The dossier is locked for a while after too many wrong verification codes.</summary>
    public const string DossierLocked = "SK_DOSSIER_LOCKED";
    /// <summary>The client gave too many wrong verification codes and must wait.</summary>
    public const string TooManyAttempts = "SK_TOO_MANY_ATTEMPTS";

    /// <summary>A rating link's token is malformed or was tampered with.</summary>
    public const string LinkTokenInvalid = "SK_LINK_TOKEN_INVALID";
    /// <summary>A rating link's token has expired.</summary>
    public const string LinkTokenExpired = "SK_LINK_TOKEN_EXPIRED";
    /// <summary>An SMS reply is not in the <c>DG &lt;dossier&gt; &lt;level&gt;</c> format.</summary>
    public const string SmsReplyFormat = "SK_SMS_REPLY_FORMAT";
    /// <summary>The one-stop software does not know the dossier code.</summary>
    public const string DossierUnknown = "SK_DOSSIER_UNKNOWN";

    /// <summary>The survey campaign does not exist (or its id is not valid).</summary>
    public const string SurveyUnknown = "SK_SURVEY_UNKNOWN";
    /// <summary>The survey campaign is not open (before its opening, after its closing, or closing before opening).</summary>
    public const string SurveyNotOpen = "SK_SURVEY_NOT_OPEN";
    /// <summary>The respondent already answered the survey campaign (or gave no respondent token).</summary>
    public const string SurveyAlreadyAnswered = "SK_SURVEY_ALREADY_ANSWERED";
    /// <summary>A survey campaign with this id already exists.</summary>
    public const string SurveyExists = "SK_SURVEY_EXISTS";

    /// <summary>A date in an imported file cannot be read.</summary>
    public const string PaperDateFormat = "SK_PAPER_DATE_FORMAT";
    /// <summary>A topic survey's respondent token was not issued by <c>ISurveyService.IssueRespondentToken</c>.</summary>
    public const string SurveyTokenInvalid = "SK_SURVEY_TOKEN_INVALID";
    /// <summary>An SMS rating came from another phone than the applicant's, or the dossier has no phone on file.</summary>
    public const string SmsSenderNotApplicant = "SK_SMS_SENDER_NOT_APPLICANT";
    /// <summary>A paper file cannot be read at all (broken, truncated, another kind of file under the name, unsupported extension).</summary>
    public const string PaperFileUnreadable = "SK_PAPER_FILE_UNREADABLE";
    /// <summary>A paper file's column headers were not recognised, typically because it is not UTF-8.</summary>
    public const string PaperHeadersUnrecognised = "SK_PAPER_HEADERS_UNRECOGNISED";
    /// <summary>A column the paper import requires is missing.</summary>
    public const string PaperColumnMissing = "SK_PAPER_COLUMN_MISSING";
    /// <summary>A column that is neither a form column nor a criterion (of the row's scheme).</summary>
    public const string PaperColumnUnknown = "SK_PAPER_COLUMN_UNKNOWN";

    /// <summary>A unit-and-officer rating is given without channel OnlineByOfficer (or with a dossier or survey), or that channel without a unit and officer.</summary>
    public const string OfficerChannel = "SK_OFFICER_CHANNEL";
    /// <summary>The "criterion not stated" answer given with other answers, at a satisfied level, or in a scheme that does not ask for dissatisfied criteria.</summary>
    public const string NotStatedMisused = "SK_NOT_STATED_MISUSED";

    internal const string AlreadyRatedChannelSuffix = "SK_ALREADY_RATED_CHANNEL_SUFFIX";
}
