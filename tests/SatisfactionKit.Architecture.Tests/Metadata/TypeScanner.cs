using System.Reflection.Metadata;

namespace SatisfactionKit.Architecture.Tests.Metadata;

/// <summary>
/// Reads every type of an assembly: base type, interfaces, generic constraints, field types, method
/// signatures and locals, and in method bodies every type, method and field token (member references
/// count for their declaring type and their signature). Custom attributes are not read.
/// </summary>
internal static class TypeScanner
{
    public static IEnumerable<TypeDependency> Dependencies(LoadedAssembly assembly)
    {
        var reader = assembly.Reader;
        foreach (var handle in reader.TypeDefinitions)
        {
            var from = assembly.KeyOf(handle);
            var type = reader.GetTypeDefinition(handle);
            var uses = new List<(string Via, TypeUse Use)>();
            if (!type.BaseType.IsNil)
            {
                uses.Add((" (base type)", assembly.UseOf(type.BaseType)));
            }

            uses.AddRange(type.GetInterfaceImplementations().Select(i => (" (interface)", assembly.UseOf(reader.GetInterfaceImplementation(i).Interface))));
            uses.AddRange(Constraints(assembly, type.GetGenericParameters()).Select(u => (" (generic constraint)", u)));
            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                uses.Add(($".{reader.GetString(field.Name)} (field)", field.DecodeSignature(assembly.Signatures, null)));
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                var name = reader.GetString(method.Name);
                uses.Add(($".{name} (signature)", SignatureTypes.Of(method.DecodeSignature(assembly.Signatures, null))));
                uses.AddRange(Constraints(assembly, method.GetGenericParameters()).Select(u => ($".{name} (generic constraint)", u)));
                uses.AddRange(BodyUses(assembly, method).Select(u => ($".{name} (body)", u)));
            }

            foreach (var (via, use) in uses)
            {
                foreach (var to in use.Types)
                {
                    yield return new TypeDependency(from, to, via);
                }
            }
        }
    }

    public static IEnumerable<TypeTest> TypeTests(LoadedAssembly assembly)
    {
        var reader = assembly.Reader;
        foreach (var handle in reader.TypeDefinitions)
        {
            foreach (var methodHandle in reader.GetTypeDefinition(handle).GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (assembly.BodyOf(method) is not { } body)
                {
                    continue;
                }

                foreach (var instruction in IlDecoder.Decode(body.GetILBytes()!))
                {
                    if (instruction.OpCode is ILOpCode.Isinst or ILOpCode.Castclass or ILOpCode.Unbox_any
                        && assembly.UseOf(LoadedAssembly.HandleOf(instruction.Token)).Head is { } operand)
                    {
                        yield return new TypeTest(assembly.KeyOf(handle), reader.GetString(method.Name), instruction.OpCode, operand);
                    }
                }
            }
        }
    }

    private static IEnumerable<TypeUse> Constraints(LoadedAssembly assembly, GenericParameterHandleCollection parameters) =>
        parameters.SelectMany(p => assembly.Reader.GetGenericParameter(p).GetConstraints())
            .Select(c => assembly.UseOf(assembly.Reader.GetGenericParameterConstraint(c).Type));

    private static IEnumerable<TypeUse> BodyUses(LoadedAssembly assembly, MethodDefinition method)
    {
        if (assembly.BodyOf(method) is not { } body)
        {
            yield break;
        }

        var reader = assembly.Reader;
        if (!body.LocalSignature.IsNil)
        {
            foreach (var local in reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(assembly.Signatures, null))
            {
                yield return local;
            }
        }

        foreach (var instruction in IlDecoder.Decode(body.GetILBytes()!))
        {
            if (instruction.Token != 0 && instruction.OpCode is not (ILOpCode.Ldstr or ILOpCode.Calli))
            {
                yield return MemberUse(assembly, LoadedAssembly.HandleOf(instruction.Token));
            }
        }
    }

    /// <summary>The types a type, method or field token mentions: its declaring type and its signature.</summary>
    private static TypeUse MemberUse(LoadedAssembly assembly, EntityHandle handle)
    {
        var reader = assembly.Reader;
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                return TypeUse.Combine(null, [TypeUse.Of(assembly.KeyOf(method.GetDeclaringType())), SignatureTypes.Of(method.DecodeSignature(assembly.Signatures, null))]);
            case HandleKind.FieldDefinition:
                var field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                return TypeUse.Combine(null, [TypeUse.Of(assembly.KeyOf(field.GetDeclaringType())), field.DecodeSignature(assembly.Signatures, null)]);
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                var signature = member.GetKind() == MemberReferenceKind.Method
                    ? SignatureTypes.Of(member.DecodeMethodSignature(assembly.Signatures, null))
                    : member.DecodeFieldSignature(assembly.Signatures, null);
                var parent = member.Parent.Kind == HandleKind.MethodDefinition ? MemberUse(assembly, member.Parent) : assembly.UseOf(member.Parent);
                return TypeUse.Combine(null, [parent, signature]);
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                return TypeUse.Combine(null, [MemberUse(assembly, specification.Method), .. specification.DecodeSignature(assembly.Signatures, null)]);
            default:
                return assembly.UseOf(handle);
        }
    }
}
