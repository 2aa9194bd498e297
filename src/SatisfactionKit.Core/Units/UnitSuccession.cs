namespace SatisfactionKit.Units;

/// <summary>
/// A unit taken over by another on a date: a merger (several predecessors, one successor), a split
/// (one predecessor, several successors) or a change of code. The predecessor's last version ends on
/// or before <paramref name="EffectiveOn"/>; reports "as restructured" attribute its history to the
/// successor that <paramref name="CarriesHistory"/>.
/// </summary>
/// <param name="PredecessorCode">The unit that ends.</param>
/// <param name="SuccessorCode">The unit that takes it over.</param>
/// <param name="EffectiveOn">The first day the successor acts for the predecessor; never in the future when stored.</param>
/// <param name="CarriesHistory">
/// Whether the predecessor's history (its ratings) goes to this successor. A predecessor with one
/// successor gives it its history; of a split's successors, exactly one must carry it.
/// </param>
public sealed record UnitSuccession(string PredecessorCode, string SuccessorCode, DateOnly EffectiveOn, bool CarriesHistory = true);
