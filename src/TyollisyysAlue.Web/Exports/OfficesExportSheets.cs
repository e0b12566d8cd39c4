using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Application.Staffing;
using TyollisyysAlue.Domain.Partners;
using TyollisyysAlue.Domain.Staffing;
using TyollisyysAlue.Infrastructure.Exports.Offices;
using TyollisyysAlue.Web.Components.Pages.Offices;
using TyollisyysAlue.Web.Components.Pages.Partners;
using TyollisyysAlue.Web.Components.Pages.Staffing;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Exports;

/// <summary>The export sheets, with the page's headings in the user's language.</summary>
internal static class OfficesExportSheets
{
    private static string Lang => CultureSetup.Language;

    public static TableSheet Offices(IStringLocalizer l, string area, OfficesView view) => new(l["Offices.Tab"], $"{area} – {l["Offices.Tab"]}",
        [l["Offices.Name"], l["Offices.Municipality"], l["Offices.District"], l["Offices.Type"], l["Offices.Address"], l["Offices.WalkIn"],
         l["Offices.OpeningHours"], l["Offices.Channels"], l["Offices.Languages"], l["Offices.Demo"]],
        view.Points.Select(p => (IReadOnlyList<object?>)[p.NameIn(Lang), view.Member(p.MunicipalityCode)?.NameIn(Lang) ?? p.MunicipalityCode.Value, p.District,
            l[$"Offices.Type.{p.Type}"].Value, p.Address, YesNo(l, p.WalkIn), p.OpeningHours, OfficeText.ChannelList(l, p.Channels),
            OfficeText.Languages(p.Languages), p.IsDemo ? l["Offices.Demo"].Value : null]).ToList());

    public static TableSheet Coverage(IStringLocalizer l, string area, OfficesView view, DateOnly on) => new(l["Coverage.Tab"], $"{area} – {l["Coverage.Tab"]}",
        [l["Offices.Municipality"], l["Coverage.Level"], l["Coverage.Points"], l["Offices.District"], l["Offices.WalkIn"]],
        view.Coverage.Select(c => (IReadOnlyList<object?>)[$"{c.Municipality.Value} {view.Member(c.Municipality)?.NameIn(Lang)}",
            c.HasNoPresence ? l["Coverage.NoPresence"].Value : l[$"Coverage.Level.{c.Level}"].Value, c.Points, string.Join(", ", c.Districts),
            c.HasNoPresence ? null : YesNo(l, c.WalkIn)]).ToList(),
        Note: $"{l["Coverage.MembersOn"]}: {on:d.M.yyyy}");

    public static TableSheet Production(IStringLocalizer l, string area, ProductionView view)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var group in view.Shares)
        {
            rows.AddRange(group.Units.Select(u => (IReadOnlyList<object?>)[group.Name, u.Label, u.Jobseekers, u.SharePercent, null, null]));
            rows.Add([group.Name, l["ProductionAreas.Total", group.Name].Value, group.Jobseekers, group.SharePercent,
                Range(group.StaffLow, group.StaffHigh, "0.##"), Range(group.JobseekersPerPersonYearLow, group.JobseekersPerPersonYearHigh, "0")]);
        }
        return new(l["ProductionAreas.Tab"], $"{area} – {l["ProductionAreas.Tab"]}",
            [l["ProductionAreas.Group"], l["ProductionAreas.Unit"], l["ProductionAreas.Jobseekers"], l["ProductionAreas.Share"], l["ProductionAreas.Staff"], l["ProductionAreas.PerPersonYear"]],
            rows, Note: l["ProductionAreas.Rounding"]);
    }

    public static TableSheet StaffMatrix(IStringLocalizer l, string area, StaffingView view)
    {
        var t = view.Table;
        var processes = t.Cells.Where(c => c.Funding == StaffFunding.Area).Select(c => c.Process).Distinct().OrderBy(p => p is null ? int.MaxValue : (int)p);
        var rows = processes.Select(p => (IReadOnlyList<object?>)[StaffText.Process(l, p),
            ..t.Locations.Select(loc => (object?)t.Cell(p, loc, StaffFunding.Area)), t.ProcessTotal(p, StaffFunding.Area)]).ToList();
        if (t.Supplementary > 0)
            rows.Add([l["Staffing.Supplementary"].Value, ..t.Locations.Select(loc => (object?)t.LocationSum(loc, StaffFunding.MunicipalitySupplementary)), t.Supplementary]);
        var columns = Enumerable.Range(1, t.Locations.Count + 1).ToList();
        return new(l["Staffing.Matrix"], $"{area} – {l["Staffing.Matrix"]}", [l["Staffing.ProcessHeader"], ..t.Locations, l["Staffing.Total"]],
            rows, l["Staffing.Total"], columns, view.UsesDemoData ? l["Staffing.DemoData"].Value : null);
    }

    public static TableSheet StaffRows(IStringLocalizer l, string area, StaffingView view) => new(l["Staffing.Rows"], $"{area} – {l["Staffing.Rows"]}",
        [l["Staffing.Location"], l["Staffing.ProcessHeader"], l["Staffing.Funding"], l["Staffing.Htv"], l["Offices.Demo"]],
        view.Rows.Select(r => (IReadOnlyList<object?>)[r.Location, StaffText.Process(l, r.Process), l[$"Staffing.Funding.{r.Funding}"].Value, r.PersonYears,
            r.IsDemo ? l["Offices.Demo"].Value : null]).ToList(), l["Staffing.Total"], [3]);

    public static TableSheet Partners(IStringLocalizer l, string area, IReadOnlyList<Partner> partners, DateOnly today) => new(l["Nav.Partners"], $"{area} – {l["Nav.Partners"]}",
        [l["Partners.Name"], l["Partners.Kind"], l["Partners.Section"], l["Partners.Cooperation"], l["Partners.Contact"], l["Partners.Agreement"],
         l["Partners.AgreementDate"], l["Partners.Review"], l["Partners.Overdue"], l["Offices.Demo"]],
        partners.Select(p => (IReadOnlyList<object?>)[p.NameIn(Lang), l[$"Partners.Kind.{p.Kind}"].Value, PartnerText.Section(l, p.Section), p.Cooperation, p.ContactPerson,
            p.Agreement, p.AgreementDate, p.ReviewDate, p.IsReviewOverdue(today) ? l["Partners.Overdue"].Value : null, p.IsDemo ? l["Offices.Demo"].Value : null]).ToList());

    /// <summary>A range as "low–high" in the user's culture; empty when the group has no staff estimate.</summary>
    private static string? Range(decimal? low, decimal? high, string format) =>
        low is null || high is null ? null : $"{low.Value.ToString(format, CultureInfo.CurrentCulture)}–{high.Value.ToString(format, CultureInfo.CurrentCulture)}";

    private static string YesNo(IStringLocalizer l, bool value) => value ? l["Offices.Yes"] : l["Offices.No"];
}
