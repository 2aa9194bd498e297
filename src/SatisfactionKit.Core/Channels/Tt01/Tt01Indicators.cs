using SatisfactionKit.Schemes;

namespace SatisfactionKit.Channels.Tt01;

/// <summary>
/// TT01/2018 indicators 1–4 and 7 (criteria <c>CT1</c>–<c>CT4</c>, <c>CT7</c> of <see cref="RatingSchemes.Tt01"/>) scored
/// from dossier data. Dates are compared as calendar days in the reporting time zone, as deadlines are set in days.
/// </summary>
public static class Tt01Indicators
{
    /// <summary>Indicator 1: total resolution time against the legal limit.</summary>
    public const string ResolutionTime = "CT1";

    /// <summary>Indicator 2: time taken at each agency taking part.</summary>
    public const string AgencyTime = "CT2";

    /// <summary>Indicator 3: contacts with the receiving desk to complete the dossier.</summary>
    public const string Contacts = "CT3";

    /// <summary>Indicator 4: agencies to contact to complete the dossier.</summary>
    public const string Agencies = "CT4";

    /// <summary>Indicator 7: officers' attitude.</summary>
    public const string Attitude = "CT7";

    /// <summary>
    /// The points (0, 1 or 2) of each indicator the data allows, by criterion code; an indicator whose fields are
    /// missing is left out (typed in on the form). Rules:
    /// <list type="bullet">
    /// <item>CT1: resolved before the due day 2, on the due day 1, after it 0 (needs <see cref="DossierProcessing.DueAt"/> and <see cref="DossierProcessing.ResolvedAt"/>).</item>
    /// <item>CT2: every agency step done on or before its due day 2, any late 0 (needs a non-empty <see cref="DossierProcessing.AgencySteps"/>, all done).</item>
    /// <item>CT3: contacts ≤ <see cref="Tt01ScoringOptions.ContactsForTwoPoints"/> 2, ≤ <see cref="Tt01ScoringOptions.ContactsForOnePoint"/> 1, more 0.</item>
    /// <item>CT4: agencies ≤ <see cref="Tt01ScoringOptions.AgenciesForTwoPoints"/> 2, ≤ <see cref="Tt01ScoringOptions.AgenciesForOnePoint"/> 1, more 0.</item>
    /// <item>CT7: no verified attitude complaint 2, any 0.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyDictionary<string, int> Score(DossierProcessing processing, Tt01ScoringOptions options, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(processing);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeZone);
        var points = new Dictionary<string, int>(StringComparer.Ordinal);
        if (processing is { DueAt: { } due, ResolvedAt: { } resolved })
        {
            var late = Day(resolved, timeZone).CompareTo(Day(due, timeZone));
            points[ResolutionTime] = late < 0 ? 2 : late == 0 ? 1 : 0;
        }

        if (processing.AgencySteps is { Count: > 0 } steps && steps.All(s => s.DoneAt is not null))
        {
            points[AgencyTime] = steps.All(s => Day(s.DoneAt!.Value, timeZone) <= Day(s.DueAt, timeZone)) ? 2 : 0;
        }

        if (processing.ContactsToComplete is { } contacts)
        {
            points[Contacts] = contacts <= options.ContactsForTwoPoints ? 2 : contacts <= options.ContactsForOnePoint ? 1 : 0;
        }

        if (processing.AgenciesContacted is { } agencies)
        {
            points[Agencies] = agencies <= options.AgenciesForTwoPoints ? 2 : agencies <= options.AgenciesForOnePoint ? 1 : 0;
        }

        if (processing.VerifiedAttitudeComplaints is { } complaints)
        {
            points[Attitude] = complaints == 0 ? 2 : 0;
        }

        return points;
    }

    private static DateOnly Day(DateTimeOffset instant, TimeZoneInfo timeZone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);
}
