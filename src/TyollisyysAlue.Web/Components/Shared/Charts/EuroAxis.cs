using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Components.Shared.Charts;

/// <summary>
/// A euro axis people can read: ticks at round amounts (1, 2, 2,5 or 5 times a power of ten, so 500 000 € rather than
/// the chart's own 655 360) labelled in one unit by <see cref="ChartEuros.Axis"/> ("0,5 M€", "1,0 M€" or "500 000 €").
/// </summary>
public static class EuroAxis
{
    private static readonly decimal[] Nice = [1m, 2m, 2.5m, 5m, 10m];

    /// <summary>The spacing of at most <paramref name="maxTicks"/> round ticks from 0 up to <paramref name="max"/> euros.</summary>
    public static decimal Step(decimal max, int maxTicks = 5)
    {
        if (max <= 1m) return 1m;
        var rough = max / maxTicks;
        var power = 1m;
        while (power * 10 <= rough) power *= 10;
        return Nice.Select(n => n * power).First(step => step >= rough);
    }

    /// <summary>Axis options for a bar or line chart of euros.</summary>
    public static T Options<T>(IEnumerable<double> values) where T : class, MudBlazor.Charts.IAxisChartOptions, new()
    {
        var largest = values.DefaultIfEmpty(0).Max();
        var options = new T();
        options.YAxisTicks = (int)Step((decimal)largest);
        options.YAxisToStringFunc = ChartEuros.Axis(largest);
        return options;
    }

    /// <summary>A chart's figure in its data table: the exact euros.</summary>
    public static string TableFigure(double euros) => Formats.Euros((decimal)euros);
}
