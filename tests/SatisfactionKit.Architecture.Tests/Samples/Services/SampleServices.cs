namespace SatisfactionKit.Architecture.Tests.Samples.Services;

// Synthetic input for TypeTestRuleTests: one of each kind of type the service rule sorts.

public interface ISampleService
{
    int Run();
}

/// <summary>A service: a concrete class implementing an I-interface.</summary>
public sealed class SampleService : ISampleService
{
    public int Run() => 1;

    /// <summary>Same namespace, interface: allowed.</summary>
    public static bool IsSibling(object value) => value is ISampleService;

    /// <summary>A type testing against itself: allowed.</summary>
    public override bool Equals(object? obj) => obj is SampleService;

    public override int GetHashCode() => 1;
}

/// <summary>A generic service; a test against <c>SampleGenericService&lt;T&gt;</c> is a typespec operand.</summary>
public sealed class SampleGenericService<T> : ISampleService
{
    public int Run() => 2;

    /// <summary>Same namespace, concrete service: a violation all the same.</summary>
    public bool IsPeer(object value) => value is SampleService;
}

/// <summary>Not a service: abstract.</summary>
public abstract class SampleBase : ISampleService
{
    public abstract int Run();
}

/// <summary>Not a service: a record.</summary>
public sealed record SampleRecord(int Value) : ISampleService
{
    public int Run() => Value;
}

/// <summary>Not a service: a value type.</summary>
public readonly record struct SampleValue(int Value) : ISampleService
{
    public int Run() => Value;
}

/// <summary>Not a service: an exception.</summary>
public sealed class SampleFailureException : Exception, ISampleService
{
    public SampleFailureException()
    {
    }

    public SampleFailureException(string message)
        : base(message)
    {
    }

    public SampleFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Run() => 3;
}

/// <summary>Not a service: implements no I-interface of the analysed assemblies.</summary>
public sealed class SampleHelper : IDisposable
{
    public void Dispose()
    {
    }
}
