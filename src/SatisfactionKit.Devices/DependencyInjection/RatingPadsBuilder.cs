using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SatisfactionKit.Devices;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Native;
using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Devices.Transports;
using SatisfactionKit.Devices.Transports.Evdev;
using SatisfactionKit.Devices.Transports.Hidraw;
using SatisfactionKit.Devices.Transports.Keyboard;
using SatisfactionKit.Devices.Transports.LibUsb;
using SatisfactionKit.Devices.Transports.Serial;
using SatisfactionKit.Devices.Transports.Simulated;
using SatisfactionKit.Devices.Transports.WindowsHid;

// The builder lives in the DI namespace, as Core's AddSatisfactionKit does, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>
/// Chooses the transports the pad host scans and configures its profiles and counter bindings;
/// given to <c>AddRatingPads(p =&gt; …)</c>. Every <c>Use…</c> registers its transport once, however
/// often it is called, and a transport this OS cannot run fails the options validation at start.
/// </summary>
public sealed partial class RatingPadsBuilder
{
    internal RatingPadsBuilder(IServiceCollection services)
    {
        Services = services;
        Registrations = services.LastOrDefault(d => d.ServiceType == typeof(PadTransportRegistrations) && !d.IsKeyedService)?.ImplementationInstance as PadTransportRegistrations
            ?? new PadTransportRegistrations();
        services.TryAddSingleton(Registrations);
    }

    /// <summary>The transports this builder (and those before it on the same services) registered.</summary>
    private PadTransportRegistrations Registrations { get; }

    /// <summary>The service collection the pads are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Linux HID pads through <c>/dev/hidraw*</c> (<see cref="HidrawTransport"/>); Linux only.</summary>
    public RatingPadsBuilder UseHidraw()
    {
        RequirePlatform<HidrawTransport>("UseHidraw()", OperatingSystem.IsLinux(), "Linux", "use UseWindowsHid() or UseLibUsb() there");
        return UseTransport<HidrawTransport>();
    }

    /// <summary>
    /// Vendor-class (or HID) pads through libusb-1.0 (<see cref="LibUsbTransport"/>); any OS where
    /// libusb-1.0 is installed, which is checked at start.
    /// </summary>
    public RatingPadsBuilder UseLibUsb()
    {
        Registrations.Checks[typeof(LibUsbTransport)] = static () => NativeLibraryResolver.CanLoadLibUsb() ? null : $"UseLibUsb(): {NativeLibraryResolver.LibUsbNotFound}";
        return UseTransport<LibUsbTransport>();
    }

    /// <summary>HID pads on Windows through hid.dll and SetupAPI (<see cref="WindowsHidTransport"/>); Windows only.</summary>
    public RatingPadsBuilder UseWindowsHid()
    {
        RequirePlatform<WindowsHidTransport>("UseWindowsHid()", OperatingSystem.IsWindows(), "Windows", "use UseHidraw() or UseLibUsb() there");
        return UseTransport<WindowsHidTransport>();
    }

    /// <summary>
    /// Keyboard-emulating pads on Linux, read from <c>/dev/input/event*</c> and grabbed
    /// (<see cref="EvdevTransport"/>); Linux only. Only input devices that are pads are listed: those
    /// the options name, and those a <see cref="PadKind.Keyboard"/> profile with vendor/product ids
    /// (and, when set, an interface number) matches.
    /// </summary>
    /// <param name="configure">Which other input devices are pads; called again on every <c>UseEvdev</c>, so names add up.</param>
    public RatingPadsBuilder UseEvdev(Action<EvdevTransportOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        RequirePlatform<EvdevTransport>("UseEvdev()", OperatingSystem.IsLinux(), "Linux", "use UseWindowsHid() for HID keyboards, or forward keys with UseKeyboardAdapter()");
        Services.AddOptions<EvdevTransportOptions>().Configure(configure).ValidateOnStart();
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EvdevTransportOptions>, EvdevTransportOptionsValidator>());
        return AddTransport(ServiceDescriptor.Singleton<IPadTransport, EvdevTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<EvdevTransportOptions>>();
            var catalog = sp.GetRequiredService<PadProfileCatalog>();
            return new EvdevTransport(d => options.CurrentValue.IsPad(d) || catalog.Current.Any(p => p.Kind == PadKind.Keyboard && p.VendorId is not null && p.Matches(d)));
        }));
    }

    /// <summary>Keyboard-emulating pads on Linux that a <see cref="PadKind.Keyboard"/> profile with vendor/product ids matches; see <see cref="UseEvdev(Action{EvdevTransportOptions})"/>.</summary>
    public RatingPadsBuilder UseEvdev() => UseEvdev(static _ => { });

    /// <summary>Keyboard-emulating pads on Linux whose identity <paramref name="include"/> accepts; see <see cref="UseEvdev(Action{EvdevTransportOptions})"/>.</summary>
    /// <param name="include">Which input devices are pads, e.g. <c>d =&gt; d.VendorId == 0x1209 &amp;&amp; d.ProductId == 0x5A07</c>.</param>
    public RatingPadsBuilder UseEvdev(Func<PadDeviceInfo, bool> include)
    {
        ArgumentNullException.ThrowIfNull(include);
        return UseEvdev(o => o.Include = include);
    }

    /// <summary>
    /// Serial pads (USB-serial adapters, RS-232) writing one line per press (<see cref="SerialPadTransport"/>);
    /// each pad's profile sets its framing (<see cref="PadProfile.Serial"/>).
    /// </summary>
    /// <param name="configure">The ports and default baud rate; called again on every <c>UseSerial</c>, so ports add up.</param>
    public RatingPadsBuilder UseSerial(Action<SerialPadTransportOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.AddOptions<SerialPadTransportOptions>().Configure(configure).ValidateOnStart();
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SerialPadTransportOptions>, SerialPadTransportOptionsValidator>());
        return AddTransport(ServiceDescriptor.Singleton<IPadTransport, SerialPadTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<SerialPadTransportOptions>>();
            return new SerialPadTransport(() => options.CurrentValue);
        }));
    }

    /// <summary>
    /// Simulated pads, added and pressed from code (<see cref="SimulatedPadTransport"/>), for samples
    /// and tests; the transport is also resolvable as <see cref="SimulatedPadTransport"/>.
    /// </summary>
    /// <param name="transport">The transport to use, or null to create one.</param>
    /// <exception cref="InvalidOperationException">Another simulated transport instance is registered already.</exception>
    public RatingPadsBuilder UseSimulated(SimulatedPadTransport? transport = null) => UseShared(transport);

    /// <summary>
    /// Keyboard-emulating pads whose keys the host UI forwards (<see cref="KeyboardPadAdapter"/>);
    /// the adapter is also resolvable as <see cref="KeyboardPadAdapter"/>.
    /// </summary>
    /// <param name="adapter">The adapter to use, or null to create one.</param>
    /// <exception cref="InvalidOperationException">Another adapter instance is registered already.</exception>
    public RatingPadsBuilder UseKeyboardAdapter(KeyboardPadAdapter? adapter = null) => UseShared(adapter);

    /// <summary>A transport of the vendor's own, created by the container; registered once however often this is called.</summary>
    /// <typeparam name="TTransport">The transport.</typeparam>
    public RatingPadsBuilder UseTransport<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TTransport>()
        where TTransport : class, IPadTransport
    {
        return AddTransport(ServiceDescriptor.Singleton<IPadTransport, TTransport>());
    }

    /// <summary>Adds a profile given in code; tried before the built-in ones.</summary>
    /// <param name="profile">The profile.</param>
    public RatingPadsBuilder AddProfile(PadProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Configure(o => o.Profiles.Add(profile));
    }

    /// <summary>Adds a JSON file of profiles read at start (see <see cref="PadProfileJson"/>).</summary>
    /// <param name="path">The file.</param>
    public RatingPadsBuilder AddProfileFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Configure(o => o.ProfileFiles.Add(path));
    }

    /// <summary>Binds the pads a predicate accepts to a counter; see <see cref="RatingPadOptions.BindCounter"/>.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="match">Which pad.</param>
    /// <param name="profileName">The profile to use, or null to choose by vendor/product id.</param>
    public RatingPadsBuilder BindCounter(string counterId, Func<PadDeviceInfo, bool> match, string? profileName = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        return Configure(o => o.BindCounter(counterId, match, profileName));
    }

    /// <summary>Binds the pad with this serial number to a counter.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="serialNumber">The pad's serial number.</param>
    public RatingPadsBuilder BindSerialNumber(string counterId, string serialNumber) =>
        Configure(o => o.BindSerialNumber(counterId, serialNumber));

    /// <summary>Binds the pad at this path (hidraw node, USB port path, serial port) to a counter.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="path">The device path.</param>
    /// <param name="profileName">The profile to use, or null to choose by vendor/product id.</param>
    public RatingPadsBuilder BindPath(string counterId, string path, string? profileName = null) =>
        Configure(o => o.BindPath(counterId, path, profileName));

    /// <summary>Binds the pad plugged into this USB port (<c>1-1.2</c>) to a counter; see <see cref="RatingPadOptions.BindPort"/>.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="portPath">The USB port path.</param>
    /// <param name="profileName">The profile to use, or null to choose by vendor/product id.</param>
    public RatingPadsBuilder BindPort(string counterId, string portPath, string? profileName = null) =>
        Configure(o => o.BindPort(counterId, portPath, profileName));

    /// <summary>Binds the pad a stable udev link (<c>/dev/input/by-id/…</c>) points at to a counter; see <see cref="RatingPadOptions.BindLink"/>.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="link">The link.</param>
    /// <param name="profileName">The profile to use, or null to choose by vendor/product id.</param>
    public RatingPadsBuilder BindLink(string counterId, string link, string? profileName = null) =>
        Configure(o => o.BindLink(counterId, link, profileName));

    /// <summary>Binds the pad with this device name to a counter; see <see cref="RatingPadOptions.BindName"/>.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="name">The device name.</param>
    /// <param name="profileName">The profile to use, or null to choose by vendor/product id.</param>
    public RatingPadsBuilder BindName(string counterId, string name, string? profileName = null) =>
        Configure(o => o.BindName(counterId, name, profileName));

    /// <summary>Binds the only pad present, the only device a profile matches, to a counter (one-counter machines); see <see cref="RatingPadOptions.BindOnlyPad"/>.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="profileName">The profile the pad must match, or null for any profile with vendor/product ids.</param>
    public RatingPadsBuilder BindOnlyPad(string counterId, string? profileName = null) => Configure(o => o.BindOnlyPad(counterId, profileName));

    /// <summary>Changes the pad host's options directly (scan interval, built-in profiles, …).</summary>
    /// <param name="configure">Changes <see cref="RatingPadOptions"/>.</param>
    public RatingPadsBuilder Configure(Action<RatingPadOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>
    /// Applies a configuration section (docs/devices.md): <c>Transports</c> (<c>hidraw</c>, <c>libusb</c>,
    /// <c>evdev</c>, <c>windows-hid</c>, <c>serial</c>, <c>simulated</c>, <c>keyboard</c>), <c>Serial</c>
    /// (<c>Ports</c>, <c>BaudRate</c>; also <c>SerialPorts</c>, <c>SerialBaudRate</c>), <c>Evdev:DeviceNames</c>
    /// (also <c>KeyboardPadNames</c>), <c>ProfileFiles</c>, <c>UseBuiltInProfiles</c>, <c>ScanInterval</c>,
    /// <c>FloodWindow</c>, <c>MaxStrayPressesPerWindow</c>, <c>MaxLoggedInputsPerWindow</c> and <c>Bindings</c>,
    /// each <c>{ "Counter", "Profile", and "OnlyPad": true or any of "SerialNumber", "Path", "Port", "Link",
    /// "Name", "Interface" }</c>. A list in the section replaces what code set before this call rather than
    /// adding to it (<c>Transports</c> replaces the transports registered before). Entries that cannot be
    /// understood fail the options validation at start, naming their key; a reload of the configuration
    /// re-reads everything but the transports, and the host judges the devices it ignored again.
    /// Reads the section without reflection, so it is safe to trim and publish NativeAOT.
    /// </summary>
    /// <param name="section">The section, e.g. <c>configuration.GetSection("Pads")</c>.</param>
    public RatingPadsBuilder BindConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        ApplyConfiguration(this, section);
        return this;
    }

    /// <summary>Fails the options validation at start when this OS cannot run a transport (unless the transport is replaced by configuration).</summary>
    private void RequirePlatform<TTransport>(string method, bool supported, string platform, string instead)
    {
        if (!supported)
        {
            var message = $"{method}: this transport runs on {platform} only, not on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; {instead}.";
            Registrations.Checks[typeof(TTransport)] = () => message;
        }
    }

    /// <summary>Registers a transport once, remembering it so that a configuration's transport list can replace it.</summary>
    private RatingPadsBuilder AddTransport(ServiceDescriptor descriptor)
    {
        var before = Services.Count;
        Services.TryAddEnumerable(descriptor);
        if (Services.Count > before)
        {
            Registrations.Descriptors.Add(descriptor);
        }

        return this;
    }

    /// <summary>Removes the transports registered through the builder so far, with their start checks.</summary>
    private void RemoveTransports()
    {
        foreach (var descriptor in Registrations.Descriptors)
        {
            Services.Remove(descriptor);
        }

        Registrations.Descriptors.Clear();
        Registrations.Checks.Clear();
    }

    /// <summary>A transport that code outside the host also drives, so it is resolvable by its own type.</summary>
    private RatingPadsBuilder UseShared<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TTransport>(TTransport? instance)
        where TTransport : class, IPadTransport
    {
        // One registered directly as an IPadTransport (services.AddSingleton<IPadTransport>(t)) is the one scanned, so it is the one shared.
        instance ??= Services.Where(d => d.ServiceType == typeof(IPadTransport) && !d.IsKeyedService)
            .Select(d => d.ImplementationInstance).OfType<TTransport>().FirstOrDefault();
        var existing = Services.LastOrDefault(d => d.ServiceType == typeof(TTransport) && !d.IsKeyedService);
        if (instance is not null && existing is not null && !ReferenceEquals(existing.ImplementationInstance, instance))
        {
            throw new InvalidOperationException($"Another {typeof(TTransport).Name} is registered already; the pad host uses one.");
        }

        if (instance is null)
        {
            Services.TryAddSingleton<TTransport>();
        }
        else
        {
            Services.TryAddSingleton(instance);
        }

        return AddTransport(ServiceDescriptor.Singleton<IPadTransport, TTransport>(sp => sp.GetRequiredService<TTransport>()));
    }
}
