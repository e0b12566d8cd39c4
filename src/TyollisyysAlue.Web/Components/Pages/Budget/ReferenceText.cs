using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Web.Components.Pages.Budget;

/// <summary>Which values a criterion uses, in words: "31.12.2024" or "average 1/2024–12/2024".</summary>
public static class ReferenceText
{
    public static string Describe(IndicatorReference reference, IStringLocalizer localizer) =>
        reference.Kind == IndicatorKind.PointInTime
            ? localizer["Split.OnDate", reference.Date.ToString("d", CultureInfo.CurrentCulture)]
            : localizer["Split.MonthlyAverage", Month(reference.Months()[0]), Month(reference.Months()[^1])];

    private static string Month(DateOnly month) => month.ToString("M/yyyy", CultureInfo.InvariantCulture);
}
