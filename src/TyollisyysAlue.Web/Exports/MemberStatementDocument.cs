using TyollisyysAlue.Application.FollowUp.Payments;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Infrastructure.Exports.Agenda;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Exports;

/// <summary>
/// A member's statement as a tagged PDF (the agenda writer, ADR 0007), in the member's language (fi/sv, chosen by the
/// member's language status, not by the reader): the invoices (advances, reconciliation invoices and refunds) with
/// due dates and overdue marks, the payments received, and the open and overdue balance. Finnish number and date
/// formats; each table's total is the sum of its rows, so it adds up to the cent.
/// </summary>
public static class MemberStatementDocument
{
    public static AgendaPdf Build(MemberStatement statement, string areaName, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var t = TextTable.In(statement.Language);
        var account = statement.Account;
        var name = account.Member.NameIn(statement.Language);
        var balance = account.Balance;
        var today = statement.Today;
        var parts = new List<AgendaPart>
        {
            new AgendaParagraph(t["Statement.Lead", name, statement.Year, Formats.Date(today)]),
            new AgendaParagraph(t["Statement.Summary", Formats.Euros(balance.Invoiced), Formats.Euros(balance.Paid), Formats.Euros(balance.Open)], Emphasis: true),
            new AgendaParagraph(balance.IsOverdue
                ? t["Statement.OverdueSummary", Formats.Euros(balance.Overdue), balance.OldestUnpaidDue is { } d ? Formats.Date(d) : "–"]
                : t["Statement.NothingOverdue"], Emphasis: balance.IsOverdue),
            new AgendaHeading(t["Statement.Invoices"]),
            new AgendaTable(t["Statement.Invoices"],
                [t["Statement.Kind"], t["Statement.Month"], t["Statement.DueDate"], t["Statement.Amount"], t["FollowUp.Status"]],
                [false, false, false, true, false],
                [.. account.Invoices.OrderBy(i => i.DueDate).ThenBy(i => i.Month).Select(i => (IReadOnlyList<string>)
                [
                    t[KindKey(i)], $"{i.Month}/{i.Year}", Formats.Date(i.DueDate), Formats.Amount(i.Amount),
                    i.DueDate < today ? t["Statement.Overdue"] : string.Empty,
                ])],
                [t["FollowUp.Total"], string.Empty, string.Empty, Formats.Amount(balance.Invoiced), string.Empty]),
            new AgendaHeading(t["Statement.Payments"]),
        };
        if (account.Payments.Count == 0) parts.Add(new AgendaParagraph(t["Statement.NoPayments"]));
        else
            parts.Add(new AgendaTable(t["Statement.Payments"],
                [t["Payments.PaidOn"], t["Payments.Reference"], t["Statement.Amount"]], [false, false, true],
                [.. account.Payments.OrderBy(p => p.PaidOn).Select(p => (IReadOnlyList<string>)[Formats.Date(p.PaidOn), p.Reference ?? string.Empty, Formats.Amount(p.Amount)])],
                [t["FollowUp.Total"], string.Empty, Formats.Amount(balance.Paid)]));
        return new AgendaPdf(t["Statement.Title", name, statement.Year], areaName, statement.Language,
            t["SplitExport.Generated", Formats.Time(generatedAt)], t["SplitExport.Page"], parts);
    }

    private static string KindKey(MemberInvoice invoice) => invoice.Kind switch
    {
        InvoiceKind.Reconciliation when invoice.IsRefund => "Statement.Refund",
        InvoiceKind.Reconciliation => "Statement.ReconciliationInvoice",
        _ => "Statement.Advance",
    };
}
