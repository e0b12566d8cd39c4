using System.Globalization;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>Money and figures in the user's culture: 1 234 567,89 € (Finnish style in every UI language).</summary>
public static class Euro
{
    public static string Format(Money money) => Format(money.ToEuros());

    public static string Format(decimal euros) => euros.ToString("N2", CultureInfo.CurrentCulture) + " €";

    public static string Number(decimal value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.CurrentCulture);

    /// <summary>A statistic as people write it: whole numbers without decimals, averages with two.</summary>
    public static string Figure(decimal value) => Number(value, value % 1 == 0 ? 0 : 2);

    public static string Percent(decimal ratio, int decimals = 1) => (ratio * 100m).ToString("N" + decimals, CultureInfo.CurrentCulture) + " %";
}
