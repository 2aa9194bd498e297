namespace SatisfactionKit.Ratings;

/// <summary>How a rating reached the agency. Reports can be split by channel.</summary>
public enum RatingChannel
{
    /// <summary>A button pad on the counter, pressed after the result was returned.</summary>
    CounterPad = 1,

    /// <summary>A touch screen, tablet or kiosk at the counter.</summary>
    CounterScreen = 2,

    /// <summary>The agency's website, by dossier code and verification code.</summary>
    Online = 3,

    /// <summary>A reply to a text message.</summary>
    Sms = 4,

    /// <summary>A link sent by e-mail.</summary>
    Email = 5,

    /// <summary>A paper survey form entered afterwards by survey staff.</summary>
    Paper = 6,

    /// <summary>A telephone survey.</summary>
    Phone = 7,

    /// <summary>Online, by choosing the unit and then the receiving officer, with no dossier code (Đà Nẵng's second path).</summary>
    OnlineByOfficer = 8,
}
