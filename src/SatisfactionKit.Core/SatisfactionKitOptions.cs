using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit;

/// <summary>
/// The options of SatisfactionKit, set through <c>AddSatisfactionKit(o => …)</c> or bound from
/// configuration. They are validated when the host starts; a wrong value stops it with a message
/// that names the option.
/// </summary>
public sealed class SatisfactionKitOptions
{
    /// <summary>The scheme used when a prompt or a rating names none. Default: <see cref="RatingSchemes.Hanoi2014"/>.</summary>
    public RatingScheme DefaultScheme { get; set; } = RatingSchemes.Hanoi2014;

    /// <summary>Agency-defined schemes, in addition to the built-in ones.</summary>
    public IList<RatingScheme> Schemes { get; } = [];

    /// <summary>How long a counter prompt waits for the citizen's first answer. Default 30 seconds.</summary>
    public TimeSpan PromptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a follow-up step (which criteria, reasons) waits. Default 20 seconds.</summary>
    public TimeSpan FollowUpTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Presses faster than this after the last accepted press at the same counter are not ratings
    /// (someone pressing repeatedly). Default 3 seconds; zero turns the filter off.
    /// </summary>
    public TimeSpan MinimumResponseInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Whether a dissatisfied-criteria follow-up (Hà Nội) collects several criteria, one press each, until a
    /// confirm press (<see cref="Prompts.CounterPress.Confirms"/>) or the follow-up timeout, instead of
    /// ending on the first. For pads with one button per criterion and a confirm button, so that a citizen
    /// dissatisfied with several criteria can say so. Default <see langword="false"/>: the first ends it.
    /// </summary>
    public bool CollectSeveralCriteria { get; set; }

    /// <summary>How many ratings a dossier may have. Default: one per dossier per channel.</summary>
    public RatingUniqueness Uniqueness { get; set; } = RatingUniqueness.PerDossierAndChannel;

    /// <summary>
    /// The regular expression dossier codes must match. The default accepts the national one-stop
    /// codes (for example <c>000.00.17.H29-230101-0001</c>): 3 to 64 letters, digits, '.', '-', '_', '/'.
    /// </summary>
    public string DossierCodePattern { get; set; } = "^[A-Za-z0-9][A-Za-z0-9._/-]{2,63}$";

    /// <summary>The longest comment accepted, in characters. Default 1,000.</summary>
    public int MaxCommentLength { get; set; } = 1000;

    /// <summary>How far in the future a dossier's result-returned time may lie (clocks of different machines differ). Default 2 minutes.</summary>
    public TimeSpan ClockSkewTolerance { get; set; } = TimeSpan.FromMinutes(2);
}
