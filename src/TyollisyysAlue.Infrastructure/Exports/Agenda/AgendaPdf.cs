namespace TyollisyysAlue.Infrastructure.Exports.Agenda;

/// <summary>One part of an agenda appendix: a heading, a paragraph or a table.</summary>
public abstract record AgendaPart;

public sealed record AgendaHeading(string Text) : AgendaPart;

/// <summary>A paragraph; <see cref="Emphasis"/> draws it bold (the projection and demo labels).</summary>
public sealed record AgendaParagraph(string Text, bool Emphasis = false) : AgendaPart;

/// <summary>A table: column headings (numeric ones right-aligned), rows of cell texts, an optional bold totals row and a note.</summary>
public sealed record AgendaTable(string Caption, IReadOnlyList<string> Headings, IReadOnlyList<bool> Numeric, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<string>? Totals = null, string? Note = null) : AgendaPart;

/// <summary>
/// A short document for the committee's agenda (net position, a what-if scenario, the years ahead): title, the area,
/// the language it is written in ("fi", "sv", "en"), the footer's "generated" line and page word, and its parts.
/// </summary>
public sealed record AgendaPdf(string Title, string AreaName, string Language, string GeneratedLine, string PageWord, IReadOnlyList<AgendaPart> Parts);
