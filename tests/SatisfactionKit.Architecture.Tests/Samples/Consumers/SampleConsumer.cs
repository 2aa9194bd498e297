using SatisfactionKit.Architecture.Tests.Samples.Services;

namespace SatisfactionKit.Architecture.Tests.Samples.Consumers;

// Synthetic input for TypeTestRuleTests and IlDecoderTests: type tests from another namespace.
public static class SampleConsumer
{
    public static bool IsService(object value) => value is SampleService;

    public static ISampleService? AsInterface(object value) => value as ISampleService;

    public static SampleGenericService<T> CastGeneric<T>(object value) => (SampleGenericService<T>)value;

    public static bool IsRecord(object value) => value is SampleRecord;

    public static SampleValue Unbox(object value) => (SampleValue)value;

    public static bool IsFailure(object value) => value is SampleFailureException;

    public static bool IsHelper(object value) => value is SampleHelper;

    public static bool IsBase(object value) => value is SampleBase;
}
