using System.Globalization;

namespace TyollisyysAlue.Web.Components.Shared.Charts;

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

    /// <summary>
    /// One unit for every tick of an axis: millions with one decimal ("0,7 M€", "1,3 M€") when the chart's largest value is
    /// a million or more, else whole euros for every tick (even a top tick that reaches a million: "1 000 000 €").
    /// </summary>
    public static Func<double, string> Axis(double largest) => Math.Abs(largest) >= 1_000_000 ? Millions : Euros;

    private static string Millions(double euros) =>
        euros == 0 ? "0 M€" : (euros / 1_000_000).ToString("#,##0.0", CultureInfo.CurrentCulture) + " M€";

    private static string Euros(double euros) => euros.ToString("N0", CultureInfo.CurrentCulture) + " €";
}
