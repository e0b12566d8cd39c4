using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Components.Shared.Charts;

/// <summary>
/// Euros on a chart, short and in the Finnish style in every language (as the rest of the app): "1,2 M€" from a million up, "250 000 €" below. Display only: the tables
/// beside the charts hold the exact cents.
/// </summary>
public static class ChartEuros
{
    public static string Format(double euros) =>
        Math.Abs(euros) >= 1_000_000
            ? Formats.Figure((decimal)(euros / 1_000_000), 1) + " M€"
            : Formats.Number((decimal)euros) + " €";

    /// <summary>
    /// One unit for every tick of an axis: millions with one decimal ("0,7 M€", "1,3 M€") when the chart's largest value is
    /// a million or more, else whole euros for every tick (even a top tick that reaches a million: "1 000 000 €").
    /// </summary>
    public static Func<double, string> Axis(double largest) => Math.Abs(largest) >= 1_000_000 ? Millions : Euros;

    private static string Millions(double euros) =>
        euros == 0 ? "0 M€" : Formats.Number((decimal)(euros / 1_000_000), 1) + " M€";

    private static string Euros(double euros) => Formats.Number((decimal)euros) + " €";
}
