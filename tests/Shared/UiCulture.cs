using System.Globalization;

namespace SatisfactionKit.Testing;

/// <summary>Runs a piece of a test under a UI culture, restoring the previous one after.</summary>
internal static class UiCulture
{
    public static async Task<T> RunAsync<T>(string name, Func<Task<T>> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return await action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
