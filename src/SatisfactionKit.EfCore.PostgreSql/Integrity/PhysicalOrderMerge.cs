using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Integrity;

/// <summary>
/// Joins three streams read in the tables' physical order — ratings, answers, choices — into ratings with all their
/// rows, in a bounded window, for the one-pass chain scan. The tables are written together (a rating and its rows in
/// one transaction), so their physical orders follow each other: the merge reads answers and choices while they
/// belong to ratings already read, and ratings while they do not (a row read before its rating waits for it).
/// </summary>
/// <remarks>
/// A rating is passed on once both other streams have delivered (or wait for) a row of a rating <see cref="Slack"/> places
/// after it, or ended: rows of concurrent writers land a little out of order, never that far. A row whose rating was
/// passed on already (<see cref="PassedRatings"/>) is not waited for. Correctness does not rest on that:
/// a row read after its rating was passed on is kept, and at the end its rating is read again with all its rows
/// (<see cref="Late"/>), which makes the verifier walk that chain; if more than <see cref="MaxWindow"/> ratings wait, the
/// streams they wait for are read on; if more than <see cref="MaxEarlyRows"/> rows wait for their ratings, the rows are
/// too far out of order to join in bounded memory and the merge gives up (the verifier then walks every chain).
/// </remarks>
internal sealed class PhysicalOrderMerge(
    IEnumerator<RatingEntity> ratings,
    IEnumerator<RatingAnswerEntity> answers,
    IEnumerator<RatingChoiceEntity> choices,
    long expectedRatings,
    Action<List<RatingEntity>> emit)
{
    internal const int Slack = 4_096;
    internal const int MaxWindow = 50_000;
    internal const int MaxEarlyRows = 400_000;
    internal const int BatchSize = 1_024;

    private readonly Dictionary<Guid, (RatingEntity Rating, long Index)> _waiting = [];
    private readonly Queue<RatingEntity> _order = new();
    private readonly Dictionary<Guid, (List<RatingAnswerEntity> Answers, List<RatingChoiceEntity> Choices)> _early = [];
    private readonly PassedRatings _passed = new(expectedRatings);
    private readonly Side _answers = new();
    private readonly Side _choices = new();
    private List<RatingEntity> _batch = new(BatchSize);
    private bool _ratingsEnded;
    private long _read;
    private int _earlyRows;

    /// <summary>The rating ids of rows read after their rating was passed on (or of ratings that do not exist).</summary>
    public IReadOnlyCollection<Guid> Late => _early.Keys;

    /// <summary>Merges the streams to their ends; false if it gave up.</summary>
    public bool Run(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!_answers.Ended && !_answers.Ahead)
            {
                NextAnswer();
            }
            else if (!_choices.Ended && !_choices.Ahead)
            {
                NextChoice();
            }
            else if (!_ratingsEnded)
            {
                NextRating();
                if ((_read & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            else if (!_answers.Ended)
            {
                NextAnswer();
            }
            else if (!_choices.Ended)
            {
                NextChoice();
            }
            else
            {
                break;
            }

            if (_earlyRows > MaxEarlyRows)
            {
                return false;
            }

            PassOn();
        }

        PassOn();
        if (_batch.Count > 0)
        {
            emit(_batch);
        }

        return true;
    }

    private void NextRating()
    {
        if (!ratings.MoveNext())
        {
            _ratingsEnded = true;
            return;
        }

        var rating = ratings.Current;
        var index = _read++;
        if (!_waiting.TryAdd(rating.Id, (rating, index)))
        {
            // Two rows with one id cannot exist (primary key); pass a copy straight on, as a walk would read it.
            Add(rating);
            return;
        }

        _order.Enqueue(rating);
        if (_early.Remove(rating.Id, out var early))
        {
            _earlyRows -= early.Answers.Count + early.Choices.Count;
            rating.Answers.AddRange(early.Answers);
            rating.Choices.AddRange(early.Choices);
            _answers.Delivered(rating.Id, index, early.Answers.Count > 0);
            _choices.Delivered(rating.Id, index, early.Choices.Count > 0);
        }

        if (_order.Count > MaxWindow)
        {
            // The rows these ratings wait for must come first: what the other streams wait for was late (or never comes).
            _answers.Ahead = false;
            _choices.Ahead = false;
        }
    }

    private void NextAnswer()
    {
        if (!answers.MoveNext())
        {
            _answers.Ended = true;
            return;
        }

        var answer = answers.Current;
        if (_waiting.TryGetValue(answer.RatingId, out var waiting))
        {
            waiting.Rating.Answers.Add(answer);
            _answers.Delivered(answer.RatingId, waiting.Index, true);
            return;
        }

        Early(answer.RatingId).Answers.Add(answer);
        if (!_passed.MayContain(answer.RatingId))
        {
            _answers.Wait(answer.RatingId);
        }
    }

    private void NextChoice()
    {
        if (!choices.MoveNext())
        {
            _choices.Ended = true;
            return;
        }

        var choice = choices.Current;
        if (_waiting.TryGetValue(choice.RatingId, out var waiting))
        {
            waiting.Rating.Choices.Add(choice);
            _choices.Delivered(choice.RatingId, waiting.Index, true);
            return;
        }

        Early(choice.RatingId).Choices.Add(choice);
        if (!_passed.MayContain(choice.RatingId))
        {
            _choices.Wait(choice.RatingId);
        }
    }

    private (List<RatingAnswerEntity> Answers, List<RatingChoiceEntity> Choices) Early(Guid ratingId)
    {
        _earlyRows++;
        if (!_early.TryGetValue(ratingId, out var early))
        {
            early = ([], []);
            _early[ratingId] = early;
        }

        return early;
    }

    /// <summary>Passes on the ratings whose rows have all been read, as far as the other streams tell.</summary>
    private void PassOn()
    {
        var all = _ratingsEnded && _answers.Ended && _choices.Ended;
        while (_order.TryPeek(out var rating))
        {
            var index = _waiting[rating.Id].Index;
            if (!all && !(_answers.Past(index, _read) && _choices.Past(index, _read)))
            {
                return;
            }

            _order.Dequeue();
            _waiting.Remove(rating.Id);
            _passed.Add(rating.Id);
            Add(rating);
        }
    }

    private void Add(RatingEntity rating)
    {
        _batch.Add(rating);
        if (_batch.Count == BatchSize)
        {
            emit(_batch);
            _batch = new List<RatingEntity>(BatchSize);
        }
    }

    /// <summary>Where the answers or the choices stream stands against the ratings stream.</summary>
    private sealed class Side
    {
        private Guid _waitingFor;

        public bool Ended { get; set; }

        /// <summary>The last row read belongs to a rating not read yet (nor passed on): read ratings until it comes.</summary>
        public bool Ahead { get; set; }

        /// <summary>The highest position in the ratings stream of a rating this stream has delivered a row of.</summary>
        public long Furthest { get; private set; } = -1;

        public void Wait(Guid ratingId)
        {
            Ahead = true;
            _waitingFor = ratingId;
        }

        public void Delivered(Guid ratingId, long index, bool any)
        {
            if (any)
            {
                Furthest = Math.Max(Furthest, index);
            }

            if (Ahead && ratingId == _waitingFor)
            {
                Ahead = false;
            }
        }

        /// <summary>
        /// Whether this stream has delivered all rows of the rating at <paramref name="index"/>, as far as the physical
        /// order tells: it ended, or it delivered (or waits for) a row of a rating <see cref="Slack"/> places further on.
        /// </summary>
        public bool Past(long index, long read) => Ended || Math.Max(Furthest, Ahead ? read : -1) > index + Slack;
    }
}
