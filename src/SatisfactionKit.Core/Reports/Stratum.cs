namespace SatisfactionKit.Reports;

/// <summary>One stratum of a sampling plan (a unit, a procedure × unit…): its population and what its sample said.</summary>
/// <param name="Key">The stratum, e.g. a unit code.</param>
/// <param name="Population">Dossiers in the stratum in the period (N<sub>h</sub>), from the vendor's dossier source.</param>
/// <param name="Sample">Ratings collected in it (n<sub>h</sub>).</param>
/// <param name="Satisfied">Satisfied ratings among them (x<sub>h</sub>).</param>
public sealed record Stratum(string Key, long Population, long Sample, long Satisfied);
