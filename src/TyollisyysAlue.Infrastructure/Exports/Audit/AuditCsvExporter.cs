using TyollisyysAlue.Texts;
using System.Globalization;
using TyollisyysAlue.Application.Auditing;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.People;
using TyollisyysAlue.Domain.Auditing;
using TyollisyysAlue.Infrastructure.Exports.CostSharing.Csv;

namespace TyollisyysAlue.Infrastructure.Exports.Audit;

/// <summary>The headings of the audit CSV in the user's language, in column order.</summary>
public sealed record AuditCsvHeadings(string Time, string User, string EntityType, string Key, string Action, string Changes)
{
    public IEnumerable<string> InOrder() => [Time, User, EntityType, Key, Action, Changes];
}

/// <summary>
/// Audit rows as CSV for Finnish Excel (see <see cref="FinnishCsv"/>): Finnish time, who by name, entity, key, action
/// and the changed fields as "field: old → new". Text that a spreadsheet would run as a formula is escaped.
/// </summary>
public static class AuditCsvExporter
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <param name="actionName">The action in the reader's language.</param>
    /// <param name="entityName">The entity type in the reader's language (as the audit page names it).</param>
    /// <param name="people">The names of the people in <paramref name="rows"/> (IPersonNames): a name, never an e-mail.</param>
    public static void Write(IEnumerable<AuditEntry> rows, AuditCsvHeadings headings, Func<AuditAction, string> actionName,
        Func<string, string> entityName, PersonNameBook people, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(people);
        using var csv = FinnishCsv.Create(output);
        csv.Headings(headings.InOrder());
        foreach (var row in rows)
        {
            csv.WriteField(Formats.TimeWithSeconds(row.At));
            csv.WriteField(row.UserName is null && row.UserId is null ? string.Empty : people.Of(row.UserName, row.UserId));
            csv.WriteField(entityName(row.EntityType));
            csv.WriteField(row.EntityKey);
            csv.WriteField(actionName(row.Action));
            csv.WriteField(AuditChanges.Describe(row));
            csv.EndRecord();
        }
    }
}
