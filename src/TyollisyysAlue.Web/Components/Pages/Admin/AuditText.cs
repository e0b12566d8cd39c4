using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Auditing;
using TyollisyysAlue.Domain.Auditing;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Components.Pages.Admin;

/// <summary>One changed field as a reader sees it: its label and the values formatted as on the row's own page.</summary>
public sealed record ReadableChange(string Field, string Before, string After);

/// <summary>
/// The audit log in the reader's language (issue 12.9): field labels rather than property names, euros, dates, times
/// and yes/no the Finnish way, coded values (roles, kinds, categories) by their names, keys and secrets left out.
/// </summary>
public static partial class AuditText
{
    /// <summary>Fields that hold euros (shown 1 310 000,50 €); other numbers keep every decimal they have.</summary>
    private static readonly HashSet<string> Money = ["Amount", "RangeLow", "RangeHigh", "SharedCost", "ActualSharedCost", "ComputedFromActuals", "Cost", "EstimatedValue"];

    /// <summary>Years and months are written as they are (2026, not "2 026").</summary>
    private static readonly HashSet<string> Plain = ["Year", "CarryToYear", "TargetYear", "FromMonth", "Order", "Position", "Sequence"];

    public static IReadOnlyList<ReadableChange> Changes(IStringLocalizer l, AuditEntry entry) =>
        AuditChanges.Of(entry)
            .Where(c => !IsReference(c)) // a Guid says nothing to a reader; the row is named in its own column
            .Select(c => new ReadableChange(Label(l, c.Field), Value(l, c.Field, c.Before), Value(l, c.Field, c.After)))
            .ToList();

    public static string Label(IStringLocalizer l, string field)
    {
        var label = l[$"AuditField.{field}"];
        return label.ResourceNotFound ? Words().Replace(field, " $1").Trim() : label.Value;
    }

    public static string Value(IStringLocalizer l, string field, string? raw)
    {
        if (raw is null) return "–";
        if (raw is "true" or "false") return l[raw == "true" ? "Audit.Yes" : "Audit.No"];
        if (decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return Money.Contains(field) ? Formats.Euros(number) : Plain.Contains(field) ? raw : Formats.Exact(number);
        if (raw.Length == 10 && DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Formats.Date(date);
        if (raw.Length > 18 && raw[10] == 'T' && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return Formats.Time(instant);
        if (Code().IsMatch(raw) && CodedName(l, field, raw) is { } name) return name;
        return raw;
    }

    /// <summary>
    /// A coded value (an enum's name) by the name the pages give it: the resource key that ends with the code and whose
    /// prefix matches the field ("Role.Planner" for Role, "Partners.Kind.ElyCentre" for Kind, "Expense.OperatingCosts"
    /// for ExpenseCategory); null when there is none.
    /// </summary>
    private static string? CodedName(IStringLocalizer l, string field, string code)
    {
        var candidates = l.GetAllStrings(includeParentCultures: true).Where(s => s.Name.EndsWith("." + code, StringComparison.Ordinal)).ToList();
        var matching = candidates.FirstOrDefault(s =>
        {
            var prefix = s.Name[..^(code.Length + 1)];
            var last = prefix[(prefix.LastIndexOf('.') + 1)..];
            return field.Contains(last, StringComparison.Ordinal) || last.Contains(field, StringComparison.Ordinal);
        });
        return matching?.Value ?? (candidates.Count == 1 ? candidates[0].Value : null);
    }

    private static bool IsReference(FieldChange change) =>
        change.Field.EndsWith("Id", StringComparison.Ordinal) && (Guid.TryParse(change.Before, out _) || Guid.TryParse(change.After, out _));

    [GeneratedRegex(@"(?<=\p{Ll})(\p{Lu})")]
    private static partial Regex Words();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex Code();
}
