using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace SatisfactionKit.Architecture.Tests.Metadata;

/// <summary>One compiled assembly read with System.Reflection.Metadata (never loaded for execution).</summary>
internal sealed class LoadedAssembly : IDisposable
{
    private readonly PEReader _pe;

    public LoadedAssembly(string path)
    {
        _pe = new PEReader(File.OpenRead(path), PEStreamOptions.PrefetchEntireImage);
        Reader = _pe.GetMetadataReader();
        Name = Reader.GetString(Reader.GetAssemblyDefinition().Name);
        Signatures = new SignatureTypes(this);
    }

    public string Name { get; }

    public MetadataReader Reader { get; }

    public SignatureTypes Signatures { get; }

    public TypeKey KeyOf(TypeDefinitionHandle handle)
    {
        var type = Reader.GetTypeDefinition(handle);
        var name = Reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return new TypeKey(Name, $"{KeyOf(declaring).FullName}+{name}");
        }

        var ns = Reader.GetString(type.Namespace);
        return new TypeKey(Name, ns.Length == 0 ? name : $"{ns}.{name}");
    }

    public TypeKey KeyOf(TypeReferenceHandle handle)
    {
        var type = Reader.GetTypeReference(handle);
        var name = Reader.GetString(type.Name);
        var scope = type.ResolutionScope;
        switch (scope.Kind)
        {
            case HandleKind.TypeReference:
                var outer = KeyOf((TypeReferenceHandle)scope);
                return outer with { FullName = $"{outer.FullName}+{name}" };
            case HandleKind.AssemblyReference:
                var assembly = Reader.GetString(Reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
                return new TypeKey(assembly, Qualified(Reader.GetString(type.Namespace), name));
            default:
                return new TypeKey(Name, Qualified(Reader.GetString(type.Namespace), name));
        }
    }

    /// <summary>The types a type token (definition, reference or specification) mentions.</summary>
    public TypeUse UseOf(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => TypeUse.Of(KeyOf((TypeDefinitionHandle)handle)),
        HandleKind.TypeReference => TypeUse.Of(KeyOf((TypeReferenceHandle)handle)),
        HandleKind.TypeSpecification => Reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(Signatures, null),
        _ => TypeUse.None,
    };

    public static EntityHandle HandleOf(int token) => MetadataTokens.EntityHandle(token);

    public MethodBodyBlock? BodyOf(MethodDefinition method) =>
        method.RelativeVirtualAddress == 0 ? null : _pe.GetMethodBody(method.RelativeVirtualAddress);

    public void Dispose() => _pe.Dispose();

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : $"{ns}.{name}";
}
