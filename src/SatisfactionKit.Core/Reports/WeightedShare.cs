namespace SatisfactionKit.Reports;

/// <summary>
/// A satisfied rate weighted by the strata's populations (post-stratification), beside the plain one:
/// a unit that collected many forms from few dossiers no longer outweighs a large unit that collected few.
/// See <see cref="PostStratification"/>.
/// </summary>
/// <param name="Weighted">Σ W<sub>h</sub>·p<sub>h</sub> over the strata with a sample, W<sub>h</sub> = N<sub>h</sub> / N over those strata; percent.</param>
/// <param name="Unweighted">Σ x<sub>h</sub> / Σ n<sub>h</sub>; percent.</param>
/// <param name="Interval">The 95 % interval of <see cref="Weighted"/> (normal approximation with the stratified variance); null without a sample.</param>
/// <param name="UncoveredStrata">Strata with dossiers but no rating: they cannot be estimated and are left out of the weights (say so beside the figure).</param>
public sealed record WeightedShare(decimal Weighted, decimal Unweighted, ProportionInterval? Interval, IReadOnlyList<string> UncoveredStrata);
