using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Web.Components.Pages.Staffing;

/// <summary>Person-years and process names for the staffing pages.</summary>
public static class StaffText
{
    /// <summary>htv with up to two decimals, in the user's culture (1 234,5).</summary>
    public static string Htv(decimal value) => value.ToString("#,##0.##", CultureInfo.CurrentCulture);

    public static string Process(IStringLocalizer l, KeyProcess? process) => l[$"Staffing.Process.{process?.ToString() ?? "None"}"];

    public static string Percent(decimal value) => value.ToString("0", CultureInfo.CurrentCulture) + " %";
}
