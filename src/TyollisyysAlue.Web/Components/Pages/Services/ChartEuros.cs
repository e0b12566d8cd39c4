using System.Globalization;

namespace TyollisyysAlue.Web.Components.Pages.Services;

/// <summary>
/// Euros on a chart, short and Finnish-style: "1,2 M€" from a million up, "250 000 €" below. Display only: the tables
/// beside the charts hold the exact cents.
/// </summary>
public static class ChartEuros
{
    public static string Format(double euros) =>
        Math.Abs(euros) >= 1_000_000
            ? (euros / 1_000_000).ToString("#,##0.#", CultureInfo.CurrentCulture) + " M€"
            : euros.ToString("N0", CultureInfo.CurrentCulture) + " €";
}
