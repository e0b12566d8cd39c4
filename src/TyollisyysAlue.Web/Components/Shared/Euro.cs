using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>
/// The pages' short names for the one format rule (<see cref="Formats"/>): 1 234 567,89 € in every UI language, as
/// in the exports and the live tables.
/// </summary>
public static class Euro
{
    public static string Format(Money money) => Formats.Euros(money);

    public static string Format(decimal euros) => Formats.Euros(euros);

    public static string Number(decimal value, int decimals = 0) => Formats.Number(value, decimals);

    /// <summary>A statistic as people write it: whole numbers without decimals, averages with two.</summary>
    public static string Figure(decimal value) => Formats.Number(value, value % 1 == 0 ? 0 : 2);
}
