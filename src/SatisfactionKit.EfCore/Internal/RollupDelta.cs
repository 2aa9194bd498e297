using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// What one transaction adds to the roll-ups: the cells its ratings fall in, each with the counts to add
/// (in <see cref="RatingRollupEntity.Count"/>, <see cref="RatingRollupEntity.Satisfied"/>,
/// <see cref="RatingRollupEntity.DissatisfiedWithDossier"/> and <see cref="AnswerRollupEntity.Count"/>), and
/// the dissatisfied ratings it adds per dossier code. Cells and codes come out in one total order (cells by
/// cube, period, then key), so that two transactions adding to the same rows lock them in the same order; and
/// cells new to the table are inserted a period's together, so that a report's range of one cube and period
/// reads few pages (a rebuild, which writes chain by chain, would otherwise scatter a period over the table).
/// </summary>
/// <remarks>For provider packages (<see cref="IRatingChunkWriter.WriteRollupsAsync"/>); may change between minor versions.</remarks>
public sealed class RollupDelta
{
    private readonly Dictionary<UInt128, RatingRollupEntity> _ratings = [];
    private readonly Dictionary<UInt128, AnswerRollupEntity> _answers = [];
    private readonly Dictionary<string, int> _dissatisfied = new(StringComparer.Ordinal);

    /// <summary>Whether nothing is to be added.</summary>
    public bool IsEmpty => _ratings.Count == 0 && _answers.Count == 0 && _dissatisfied.Count == 0;

    /// <summary>How many rating cells are to be added to.</summary>
    public int RatingCellCount => _ratings.Count;

    /// <summary>How many answer cells are to be added to.</summary>
    public int AnswerCellCount => _answers.Count;

    /// <summary>The ratings' cells, in order of cube, period and key.</summary>
    public IReadOnlyList<RatingRollupEntity> Ratings => [.. _ratings.OrderBy(p => p.Value.Cube).ThenBy(p => p.Value.Period).ThenBy(p => p.Key).Select(p => p.Value)];

    /// <summary>The answers' cells, in order of cube, period and key.</summary>
    public IReadOnlyList<AnswerRollupEntity> Answers => [.. _answers.OrderBy(p => p.Value.Cube).ThenBy(p => p.Value.Period).ThenBy(p => p.Key).Select(p => p.Value)];

    /// <summary>
    /// The dossier codes whose dissatisfied ratings this transaction adds, with how many each
    /// (<see cref="DissatisfiedDossierEntity.Ratings"/> to add), in ordinal order of the code.
    /// </summary>
    public IReadOnlyList<DissatisfiedDossierEntity> DissatisfiedDossiers =>
        [.. _dissatisfied.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new DissatisfiedDossierEntity { DossierCode = p.Key, Ratings = p.Value })];

    /// <summary>Counts one more dissatisfied rating of <paramref name="dossierCode"/>.</summary>
    public void AddDissatisfiedDossier(string dossierCode)
    {
        ArgumentNullException.ThrowIfNull(dossierCode);
        _dissatisfied[dossierCode] = _dissatisfied.GetValueOrDefault(dossierCode) + 1;
    }

    /// <summary>Adds <paramref name="cell"/>'s counts to its cell.</summary>
    public void Add(RatingRollupEntity cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (_ratings.TryGetValue(Key(cell.CellKey), out var existing))
        {
            existing.Count += cell.Count;
            existing.Satisfied += cell.Satisfied;
            existing.DissatisfiedWithDossier += cell.DissatisfiedWithDossier;
            return;
        }

        _ratings.Add(Key(cell.CellKey), cell);
    }

    /// <summary>Adds <paramref name="cell"/>'s count to its cell.</summary>
    public void Add(AnswerRollupEntity cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (_answers.TryGetValue(Key(cell.CellKey), out var existing))
        {
            existing.Count += cell.Count;
            return;
        }

        _answers.Add(Key(cell.CellKey), cell);
    }

    /// <summary>Empties the delta (after its transaction wrote it).</summary>
    public void Clear()
    {
        _ratings.Clear();
        _answers.Clear();
        _dissatisfied.Clear();
    }

    private static UInt128 Key(byte[] cellKey) =>
        cellKey.Length == 16 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(cellKey) : throw new ArgumentException("A cell key is 16 bytes.", nameof(cellKey));
}
