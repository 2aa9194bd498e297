using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace SatisfactionKit.Devices.Native.Hid;

/// <summary>PHIDP_PREPARSED_DATA, freed with HidD_FreePreparsedData.</summary>
[SupportedOSPlatform("windows")]
internal sealed class SafePreparsedData : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafePreparsedData()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle() => Hid.FreePreparsedData(handle);
}
