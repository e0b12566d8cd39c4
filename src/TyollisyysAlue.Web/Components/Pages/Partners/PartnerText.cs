using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Web.Components.Pages.Partners;

public static class PartnerText
{
    /// <summary>"d) Partners and forms of cooperation": the Act's letter and the point's name.</summary>
    public static string Section(IStringLocalizer l, StatutorySection section) => $"{section.Letter()}) {l[$"Partners.Section.{section}"]}";

    public static string Date(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTime? date) => date is { } d ? Date(DateOnly.FromDateTime(d)) : "";
}
