using Microsoft.Extensions.Options;

namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>Checks the outbox options at start-up, naming the option and the value that is wrong.</summary>
internal sealed class RatingOutboxOptionsValidator : IValidateOptions<RatingOutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, RatingOutboxOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            problems.Add("RatingOutboxOptions.DatabasePath: cần đường dẫn tệp SQLite trên ổ đĩa của máy quầy. / the path of a SQLite file on the counter machine's own disk is required.");
        }

        Positive(problems, nameof(options.RetryDelay), options.RetryDelay);
        Positive(problems, nameof(options.MaxRetryDelay), options.MaxRetryDelay);
        Positive(problems, nameof(options.DeliveryTimeout), options.DeliveryTimeout);
        Positive(problems, nameof(options.CentralReadTimeout), options.CentralReadTimeout);
        Positive(problems, nameof(options.PollInterval), options.PollInterval);
        if (options.CentralBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            problems.Add($"RatingOutboxOptions.CentralBreakDuration ({options.CentralBreakDuration}): phải từ 0,5 giây trở lên. / must be at least 0.5 seconds.");
        }

        Positive(problems, nameof(options.DegradedAfter), options.DegradedAfter);
        if (options.MaxRetryDelay < options.RetryDelay)
        {
            problems.Add($"RatingOutboxOptions.MaxRetryDelay ({options.MaxRetryDelay}): không được nhỏ hơn RetryDelay ({options.RetryDelay}). / must not be below RetryDelay.");
        }

        AtLeastOne(problems, nameof(options.BatchSize), options.BatchSize);
        AtLeastOne(problems, nameof(options.MaxParallelCounters), options.MaxParallelCounters);
        AtLeastOne(problems, nameof(options.UnhealthyAfterFailures), options.UnhealthyAfterFailures);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Positive(List<string> problems, string option, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"RatingOutboxOptions.{option} ({value}): phải lớn hơn 0. / must be above zero.");
        }
    }

    private static void AtLeastOne(List<string> problems, string option, int value)
    {
        if (value < 1)
        {
            problems.Add($"RatingOutboxOptions.{option} ({value}): phải từ 1 trở lên. / must be at least 1.");
        }
    }
}
