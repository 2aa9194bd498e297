namespace SatisfactionKit.Channels;

/// <summary>
/// How a dossier was handled, as the one-stop software recorded it: what TT01/2018 indicators 1–4 and 7 are
/// computed from (<c>Tt01.ITt01AnswerService</c>). Every field is optional: a field the software does not
/// keep stays null and its indicator is typed in on the form instead.
/// </summary>
public sealed record DossierProcessing
{
    /// <summary>The legal deadline of the whole procedure (the appointment date on the receipt), or null.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>When the result was ready (resolution finished), or null while it is not.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>
    /// The steps at each agency taking part (one-stop inter-agency procedures), each with its own deadline;
    /// null when not recorded, empty when only the receiving agency handled it.
    /// </summary>
    public IReadOnlyList<AgencyStep>? AgencySteps { get; init; }

    /// <summary>How many times the applicant had to contact the receiving desk to complete the dossier (requests to supplement), or null.</summary>
    public int? ContactsToComplete { get; init; }

    /// <summary>How many agencies, units or organisations the applicant had to contact to complete the dossier, or null.</summary>
    public int? AgenciesContacted { get; init; }

    /// <summary>Complaints about officers' attitude on this dossier found true after verification, or null when not recorded.</summary>
    public int? VerifiedAttitudeComplaints { get; init; }
}
