using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Web.Components.Pages.FollowUp;

/// <summary>Months, flags and row errors of the follow-up in the reader's language.</summary>
public static class FollowUpText
{
    /// <summary>"3/2026" in every language (Finnish style).</summary>
    public static string Month(int month, int year) => string.Create(CultureInfo.InvariantCulture, $"{month}/{year}");

    public static string MonthShort(int month) => CultureInfo.CurrentCulture.DateTimeFormat.GetAbbreviatedMonthName(month);

    public static string Flag(IStringLocalizer l, ForecastFlag flag) => l[$"FollowUp.Flag.{flag}"];

    public static string RowError(IStringLocalizer l, LedgerRowError error) => l[error.Code, error.MessageArgs];

    public static string Unmapped(IStringLocalizer l, UnmappedAccount u) => l["Ledger.Unmapped", u.FirstLine, u.Account, u.CostCentre, u.Rows];
}
