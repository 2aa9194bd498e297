namespace SatisfactionKit.SampleHost.Commands;

/// <summary>Prints a count every 10,000 (ratings checked, read…), so that a long walk shows it is moving.</summary>
/// <param name="what">What the count counts, in Vietnamese and English ("đánh giá đã kiểm tra / ratings checked").</param>
internal sealed class CountProgress(string what) : IProgress<long>
{
    private long _next = 10_000;

    public void Report(long value)
    {
        if (value >= _next)
        {
            Console.WriteLine($"  … {value} {what}");
            _next = value + 10_000;
        }
    }
}
