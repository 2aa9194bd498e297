using System.Reflection.Metadata;

namespace SatisfactionKit.Architecture.Tests.Metadata;

/// <summary>A runtime type test (<c>isinst</c>, <c>castclass</c>, <c>unbox.any</c>) in a method body.</summary>
internal sealed record TypeTest(TypeKey In, string Method, ILOpCode OpCode, TypeKey Operand)
{
    public string Instruction => OpCode.ToString().ToLowerInvariant().Replace('_', '.');

    public override string ToString() => $"{In}.{Method}: {Instruction} {Operand}";
}
