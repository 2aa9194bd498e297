using System.Reflection.Metadata;
using SatisfactionKit.Architecture.Tests.Metadata;

namespace SatisfactionKit.Architecture.Tests;

public sealed class IlDecoderTests
{
    [Fact]
    public void Decodes_every_operand_size()
    {
        byte[] il =
        [
            0x00,                                     // IL_0000 nop
            0x20, 0x2A, 0x00, 0x00, 0x00,             // IL_0001 ldc.i4 42
            0x45, 0x02, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, // IL_0006 switch (2 targets)
            0x2B, 0x00,                               // IL_0013 br.s
            0xFE, 0x01,                               // IL_0015 ceq
            0xFE, 0x0C, 0x01, 0x00,                   // IL_0017 ldloc 1
            0x75, 0x05, 0x00, 0x00, 0x02,             // IL_001B isinst 0x02000005
            0xA5, 0x07, 0x00, 0x00, 0x1B,             // IL_0020 unbox.any 0x1B000007
            0x23, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F,       // IL_0025 ldc.r8 1.0
            0x2A,                                     // IL_002E ret
        ];

        var decoded = IlDecoder.Decode(il).ToList();

        Assert.Equal(
            [
                new(0x00, ILOpCode.Nop, 0), new(0x01, ILOpCode.Ldc_i4, 0), new(0x06, ILOpCode.Switch, 0),
                new(0x13, ILOpCode.Br_s, 0), new(0x15, ILOpCode.Ceq, 0), new(0x17, ILOpCode.Ldloc, 0),
                new(0x1B, ILOpCode.Isinst, 0x02000005), new(0x20, ILOpCode.Unbox_any, 0x1B000007),
                new(0x25, ILOpCode.Ldc_r8, 0), new IlInstruction(0x2E, ILOpCode.Ret, 0),
            ],
            decoded);
    }

    [Fact]
    public void Rejects_unknown_opcodes_and_truncated_operands()
    {
        Assert.Throws<BadImageFormatException>(() => IlDecoder.Decode([0x24]).ToList());
        Assert.Throws<BadImageFormatException>(() => IlDecoder.Decode([0x20, 0x01]).ToList());
        Assert.Throws<BadImageFormatException>(() => IlDecoder.Decode([0xFE]).ToList());
    }

    [Fact]
    public void Finds_the_isinst_of_a_compiled_is_expression()
    {
        using var set = SelfAssembly.Load();
        var assembly = set.Assemblies[0];
        var reader = assembly.Reader;
        var method = reader.MethodDefinitions.Select(reader.GetMethodDefinition).Single(m =>
            reader.GetString(m.Name) == "IsService"
            && assembly.KeyOf(m.GetDeclaringType()).FullName == "SatisfactionKit.Architecture.Tests.Samples.Consumers.SampleConsumer");

        var isinst = Assert.Single(IlDecoder.Decode(assembly.BodyOf(method)!.GetILBytes()!), i => i.OpCode == ILOpCode.Isinst);

        Assert.Equal("SatisfactionKit.Architecture.Tests.Samples.Services.SampleService", assembly.UseOf(LoadedAssembly.HandleOf(isinst.Token)).Head?.FullName);
    }
}
