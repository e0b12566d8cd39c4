using TyollisyysAlue.Texts;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans.Export;

/// <summary>
/// Builds the printable <see cref="PlanDocument"/> of a stored version in the version's language: approved and
/// superseded versions with their frozen tables, drafts and submitted ones with the current data.
/// </summary>
public sealed class PlanDocumentBuilder(PlanReading reading, LiveBlockRenderer renderer, IAppDbContextFactory contexts)
{
    public async Task<PlanDocument?> BuildAsync(Guid versionId, CancellationToken ct = default)
    {
        var view = await reading.LoadAsync(versionId, ct);
        if (view is null) return null;
        var version = view.Version;
        var language = version.Language;
        string areaName;
        await using (var db = await contexts.CreateAsync(ct))
        {
            var area = await db.Areas.AsNoTracking().FirstAsync(a => a.Id == version.AreaId, ct);
            areaName = area.NameIn(language);
        }
        var sections = new List<PlanDocumentSection>();
        foreach (var numbered in view.Sections)
            sections.Add(new PlanDocumentSection(numbered.Number, numbered.Section.Heading, numbered.Level, numbered.Section.Body,
                await TablesAsync(version, numbered.Section, ct)));
        return new PlanDocument(language, PlanTitles.WithoutAreaName(version.Title, areaName), areaName, version.Label, version.VersionDate, Status(version),
            sections);
    }

    /// <summary>Frozen tables once approved; otherwise rendered now, as of the version's date.</summary>
    public async Task<IReadOnlyList<LiveTable>> TablesAsync(PlanVersion version, PlanSection section, CancellationToken ct = default)
    {
        if (version.Status is PlanStatus.Approved or PlanStatus.Superseded)
            return section.FrozenTablesJson is { } json ? JsonSerializer.Deserialize<List<LiveTable>>(json, PlanWorkflow.Json) ?? [] : [];
        return await renderer.RenderAsync(LiveBlockRefs.Parse(section.LiveBlocks), version.VersionDate, version.Language, ct);
    }

    /// <summary>The version's state for its cover: "Luonnos", or "Hyväksytty 12.6.2023 (Työllisyysjaosto § 15)" once decided.</summary>
    public static TextCode Status(PlanVersion version)
    {
        var key = $"PlanExport.Status.{version.Status}";
        return version.Status is PlanStatus.Draft or PlanStatus.Submitted
            ? new TextCode(key)
            : new TextCode(key, version.DecisionDate is { } date ? Formats.Date(date) : "", version.DecisionBody, version.DecisionSection);
    }
}
