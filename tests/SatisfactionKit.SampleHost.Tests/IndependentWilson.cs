namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// The 95 % Wilson score interval computed here, apart from the library (Wilson 1927): the bounds are the roots in p of
/// (x/n − p)² = z²·p(1 − p)/n, i.e. n(x/n − p)² − z²·p(1 − p) = 0, solved with the quadratic formula. The tests
/// compare the report's bounds with these.
/// </summary>
internal static class IndependentWilson
{
    private const double Z = 1.959963984540054;

    /// <summary>The lower and upper bounds, in percent, of <paramref name="successes"/> out of <paramref name="n"/>.</summary>
    public static (double Lower, double Upper) Percent(int successes, int n)
    {
        // (n + z²)·p² − (2x + z²)·p + x²/n = 0
        double x = successes, a = n + (Z * Z), b = -((2 * x) + (Z * Z)), c = x * x / n;
        var root = Math.Sqrt(Math.Max(0, (b * b) - (4 * a * c)));
        return (Math.Max(0, (-b - root) / (2 * a)) * 100, Math.Min(1, (-b + root) / (2 * a)) * 100);
    }
}
