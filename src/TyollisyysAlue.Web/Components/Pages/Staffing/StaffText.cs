using TyollisyysAlue.Texts;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Web.Components.Pages.Staffing;

/// <summary>Person-years and process names for the staffing pages.</summary>
public static class StaffText
{
    /// <summary>htv with up to two decimals (1 234,5).</summary>
    public static string Htv(decimal value) => Formats.Figure(value);

    public static string Process(IStringLocalizer l, KeyProcess? process) => l[$"Staffing.Process.{process?.ToString() ?? "None"}"];
}
