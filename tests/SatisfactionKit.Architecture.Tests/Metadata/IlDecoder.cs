using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace SatisfactionKit.Architecture.Tests.Metadata;

/// <summary>One decoded IL instruction; <see cref="Token"/> is the metadata token of a token operand, else 0.</summary>
internal readonly record struct IlInstruction(int Offset, ILOpCode OpCode, int Token);

/// <summary>
/// A small IL decoder: walks a method body's bytes opcode by opcode (one byte, or two after the 0xFE
/// prefix), skips each operand by its size, and reports the token operands (types, methods, fields,
/// signatures, strings). The operand kind of every opcode is taken from <see cref="OpCodes"/>.
/// </summary>
internal static class IlDecoder
{
    private static readonly Dictionary<ushort, OperandType> OperandTypes = BuildOperandTypes();

    public static IEnumerable<IlInstruction> Decode(byte[] il)
    {
        var position = 0;
        while (position < il.Length)
        {
            var offset = position;
            int code = il[position++];
            if (code == 0xFE)
            {
                Require(il, position, 1, offset);
                code = 0xFE00 | il[position++];
            }

            if (!OperandTypes.TryGetValue((ushort)code, out var operand))
            {
                throw new BadImageFormatException($"Unknown IL opcode 0x{code:X2} at IL_{offset:X4}.");
            }

            var size = OperandSize(operand, il, position, offset);
            Require(il, position, size, offset);
            var token = IsToken(operand) ? BinaryPrimitives.ReadInt32LittleEndian(il.AsSpan(position, 4)) : 0;
            position += size;
            yield return new IlInstruction(offset, (ILOpCode)code, token);
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position, int offset) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * SwitchCount(il, position, offset)),
        _ => 4,
    };

    private static int SwitchCount(byte[] il, int position, int offset)
    {
        Require(il, position, 4, offset);
        var count = BinaryPrimitives.ReadInt32LittleEndian(il.AsSpan(position, 4));
        return count >= 0 && count <= (il.Length - position) / 4
            ? count
            : throw new BadImageFormatException($"Bad switch count {count} at IL_{offset:X4}.");
    }

    private static bool IsToken(OperandType operand) => operand is OperandType.InlineField or OperandType.InlineMethod
        or OperandType.InlineSig or OperandType.InlineString or OperandType.InlineTok or OperandType.InlineType;

    private static void Require(byte[] il, int position, int count, int offset)
    {
        if (position + count > il.Length)
        {
            throw new BadImageFormatException($"IL ends inside the instruction at IL_{offset:X4}.");
        }
    }

    private static Dictionary<ushort, OperandType> BuildOperandTypes()
    {
        var table = new Dictionary<ushort, OperandType>();
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var opCode = (OpCode)field.GetValue(null)!;
            if (opCode.OpCodeType != OpCodeType.Nternal)
            {
                table.TryAdd((ushort)opCode.Value, opCode.OperandType);
            }
        }

        return table;
    }
}
