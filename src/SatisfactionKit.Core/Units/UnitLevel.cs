namespace SatisfactionKit.Units;

/// <summary>
/// The level of a unit in the administrative hierarchy: one of the national levels (province, district,
/// commune) or a department, or any level an agency defines (<c>phong</c>, <c>chi-nhanh</c>...), by code.
/// Codes compare ordinally; <see cref="Parse"/> also reads the Vietnamese names (<c>tỉnh</c>, <c>huyện</c>, <c>xã</c>, <c>sở</c>).
/// </summary>
/// <param name="Code">The level's code, as stored (at most 32 characters).</param>
public readonly record struct UnitLevel(string Code)
{
    /// <summary>The longest level code.</summary>
    public const int MaxCodeLength = 32;

    /// <summary>Province or centrally-run city (tỉnh, thành phố trực thuộc trung ương).</summary>
    public static UnitLevel Province { get; } = new("province");

    /// <summary>District, town or provincial city (huyện, quận, thị xã); abolished as a level of local government on 1 July 2025.</summary>
    public static UnitLevel District { get; } = new("district");

    /// <summary>Commune, ward or special zone (xã, phường, đặc khu).</summary>
    public static UnitLevel Commune { get; } = new("commune");

    /// <summary>A department or agency of a province (sở, ban, ngành).</summary>
    public static UnitLevel Department { get; } = new("department");

    /// <summary>Whether this is one of the levels named here rather than one an agency defined.</summary>
    public bool IsNational => this == Province || this == District || this == Commune || this == Department;

    /// <summary>
    /// The level <paramref name="text"/> names: <c>province</c>/<c>tỉnh</c>/<c>thành phố</c>, <c>district</c>/<c>huyện</c>/<c>quận</c>,
    /// <c>commune</c>/<c>xã</c>/<c>phường</c>, <c>department</c>/<c>sở</c>/<c>ban</c>/<c>ngành</c> (case and diacritics ignored);
    /// anything else is an agency-defined level kept as given (trimmed).
    /// </summary>
    public static UnitLevel Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var folded = UnitText.Fold(text);
        return folded switch
        {
            "province" or "tinh" or "thanh pho" or "thanh pho truc thuoc trung uong" => Province,
            "district" or "huyen" or "quan" or "thi xa" => District,
            "commune" or "xa" or "phuong" or "thi tran" or "dac khu" => Commune,
            "department" or "so" or "ban" or "nganh" or "so ban nganh" => Department,
            _ => new UnitLevel(text.Trim()),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Code;
}
