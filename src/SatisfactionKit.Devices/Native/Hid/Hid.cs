using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace SatisfactionKit.Devices.Native.Hid;

/// <summary>The hid.dll calls the Windows HID transport needs.</summary>
[SupportedOSPlatform("windows")]
internal static unsafe partial class Hid
{
    public const string Name = "hid.dll";

    /// <summary>HIDP_STATUS_SUCCESS.</summary>
    public const int StatusSuccess = 0x00110000;

    [LibraryImport(Name, EntryPoint = "HidD_GetHidGuid")]
    public static partial void GetHidGuid(out Guid hidGuid);

    [LibraryImport(Name, EntryPoint = "HidD_GetAttributes")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool GetAttributes(SafeFileHandle device, ref Attributes attributes);

    [LibraryImport(Name, EntryPoint = "HidD_GetSerialNumberString")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool GetSerialNumberString(SafeFileHandle device, char* buffer, uint bufferLength);

    [LibraryImport(Name, EntryPoint = "HidD_GetProductString")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool GetProductString(SafeFileHandle device, char* buffer, uint bufferLength);

    [LibraryImport(Name, EntryPoint = "HidD_GetPreparsedData")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool GetPreparsedData(SafeFileHandle device, out SafePreparsedData preparsedData);

    [LibraryImport(Name, EntryPoint = "HidD_FreePreparsedData")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool FreePreparsedData(IntPtr preparsedData);

    [LibraryImport(Name, EntryPoint = "HidP_GetCaps")]
    public static partial int GetCaps(SafePreparsedData preparsedData, out Caps capabilities);

    /// <summary>HIDD_ATTRIBUTES; Size must be set before the call.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Attributes
    {
        public uint Size;
        public ushort VendorId;
        public ushort ProductId;
        public ushort VersionNumber;
    }

    /// <summary>HIDP_CAPS: report lengths include the report id byte (0 when the device has none).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Caps
    {
        public ushort Usage;
        public ushort UsagePage;
        public ushort InputReportByteLength;
        public ushort OutputReportByteLength;
        public ushort FeatureReportByteLength;
        public fixed ushort Reserved[17];
        public ushort NumberLinkCollectionNodes;
        public ushort NumberInputButtonCaps;
        public ushort NumberInputValueCaps;
        public ushort NumberInputDataIndices;
        public ushort NumberOutputButtonCaps;
        public ushort NumberOutputValueCaps;
        public ushort NumberOutputDataIndices;
        public ushort NumberFeatureButtonCaps;
        public ushort NumberFeatureValueCaps;
        public ushort NumberFeatureDataIndices;
    }
}
