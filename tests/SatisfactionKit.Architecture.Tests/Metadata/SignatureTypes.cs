using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace SatisfactionKit.Architecture.Tests.Metadata;

/// <summary>Decodes signatures (fields, methods, locals, type specifications) into the types they mention.</summary>
internal sealed class SignatureTypes(LoadedAssembly assembly) : ISignatureTypeProvider<TypeUse, object?>
{
    public TypeUse GetPrimitiveType(PrimitiveTypeCode typeCode) => TypeUse.None;

    public TypeUse GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        TypeUse.Of(assembly.KeyOf(handle));

    public TypeUse GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        TypeUse.Of(assembly.KeyOf(handle));

    public TypeUse GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public TypeUse GetSZArrayType(TypeUse elementType) => elementType.WithoutHead();

    public TypeUse GetArrayType(TypeUse elementType, ArrayShape shape) => elementType.WithoutHead();

    public TypeUse GetByReferenceType(TypeUse elementType) => elementType.WithoutHead();

    public TypeUse GetPointerType(TypeUse elementType) => elementType.WithoutHead();

    public TypeUse GetPinnedType(TypeUse elementType) => elementType;

    public TypeUse GetModifiedType(TypeUse modifier, TypeUse unmodifiedType, bool isRequired) => unmodifiedType;

    public TypeUse GetGenericInstantiation(TypeUse genericType, ImmutableArray<TypeUse> typeArguments) =>
        TypeUse.Combine(genericType.Head, [genericType, .. typeArguments]);

    public TypeUse GetGenericTypeParameter(object? genericContext, int index) => TypeUse.None;

    public TypeUse GetGenericMethodParameter(object? genericContext, int index) => TypeUse.None;

    public TypeUse GetFunctionPointerType(MethodSignature<TypeUse> signature) => Of(signature).WithoutHead();

    /// <summary>The return type and parameter types of a method signature.</summary>
    public static TypeUse Of(MethodSignature<TypeUse> signature) =>
        TypeUse.Combine(null, [signature.ReturnType, .. signature.ParameterTypes]);
}
