using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Auditing;
using TyollisyysAlue.Domain.Plans;
using static TyollisyysAlue.Application.Tests.Plans.Import.Doc;

namespace TyollisyysAlue.Application.Tests.Plans.Import;

/// <summary>Confirming an import through the write pipeline, on PostgreSQL: a new draft, audited, never over another version.</summary>
[Collection(DatabaseCollection.Name)]
public class ImportPlanVersionTests(DatabaseFixture fixture)
{
    private static PlanImportForm FormFrom(PlanImportPreview preview, string label = "tuotu 1.0")
    {
        var form = PlanImportFormValidatorTests.Valid();
        form.Label = label;
        form.Sections = PlanImportSections.Build(preview, PlanImportSections.InitialChoices(preview), "fi");
        return form;
    }

    private static PlanImportPreview Espoo() => PlanImportMapper.Map(Of(
        H(1, "Järjestämissuunnitelma pähkinänkuoressa"), P(Finnish),
        H(1, "a) Taloudelliset ja henkilöstövoimavarat"), Item("Toimintamenot noin 21 milj. €."),
        H(1, "Palvelutuotanto"), H(2, "c) Toimipisteiden määrä ja sijoittuminen"), P("Matinkylä ja Leppävaara."),
        H(2, "Palvelutorit"), H(1, "d) Yhteistyötahot ja -muodot")));

    private async Task<(Guid Area, Guid User, WriteServicesForTests Services)> PlannerAsync(AreaRole role = AreaRole.Planner)
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var user = await fixture.CreateUserAsync(area, role);
        return (area, user, new WriteServicesForTests(fixture, user, $"{role}@example.fi", area));
    }

    [Fact]
    public async Task Confirming_creates_a_new_draft_with_the_previewed_sections_nested_and_the_chosen_points_and_the_rest_empty()
    {
        var (area, _, services) = await PlannerAsync();
        await using var _ = services;
        var saved = Assert.IsType<WriteOutcome<PlanImportForm>.Saved>(await services.Get<ImportPlanVersion>().RunAsync(FormFrom(Espoo())));

        var view = (await services.Get<PlanReading>().LoadAsync(saved.Id))!;
        Assert.Equal((PlanStatus.Draft, "tuotu 1.0", "fi", "Palveluiden järjestämissuunnitelma"), (view.Version.Status, view.Version.Label, view.Version.Language, view.Version.Title));
        Assert.Equal(area, view.Version.AreaId);
        Assert.Equal(["1 Järjestämissuunnitelma pähkinänkuoressa", "2 a) Taloudelliset ja henkilöstövoimavarat", "3 Palvelutuotanto",
            "3.1 c) Toimipisteiden määrä ja sijoittuminen", "3.2 Palvelutorit", "4 d) Yhteistyötahot ja -muodot",
            "5 Työperäisen maahanmuuton, kohtaannon ja työvoiman liikkuvuuden edistäminen", "6 Rakennemuutoksiin varautuminen"],
            view.Sections.Select(s => $"{s.Number} {s.Section.Heading}"));
        Assert.Equal([null, StatutorySection.Resources, StatutorySection.ServiceProduction, StatutorySection.Offices, null, StatutorySection.Partners,
            StatutorySection.ImmigrationAndMobility, StatutorySection.StructuralChange], view.Sections.Select(s => s.Section.Statutory));
        Assert.Equal("- Toimintamenot noin 21 milj. €.", view.Sections[1].Section.Body);

        // The points without text (d, and e and f the document did not answer) wait in the checklist.
        var sections = view.Sections.Select(s => s.Section).ToList();
        var checklist = PlanChecklist.Evaluate(view.Version, sections, [], [], [], 0, new DateOnly(2025, 1, 15));
        Assert.Equal(["d) Yhteistyötahot ja -muodot", "Työperäisen maahanmuuton, kohtaannon ja työvoiman liikkuvuuden edistäminen", "Rakennemuutoksiin varautuminen"],
            checklist.Where(c => c.Problem == ChecklistProblem.StatutoryEmpty).Select(c => c.Subject));
        Assert.DoesNotContain(checklist, c => c.Problem == ChecklistProblem.StatutoryMissing);
    }

    [Fact]
    public async Task The_import_is_audited_with_the_files_name_hash_who_and_when()
    {
        var now = new DateTimeOffset(2025, 3, 4, 10, 30, 0, TimeSpan.Zero);
        var (area, user, _) = await PlannerAsync();
        await using var services = new WriteServicesForTests(fixture, user, "anna.planner@example.fi", area, new FixedClock(now));
        var form = FormFrom(Espoo());
        var saved = Assert.IsType<WriteOutcome<PlanImportForm>.Saved>(await services.Get<ImportPlanVersion>().RunAsync(form));

        await using var db = fixture.CreateContext(area);
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == ImportPlanVersion.AuditEntityType);
        Assert.Equal((saved.Id.ToString(), AuditAction.Added, user, "anna.planner@example.fi", now), (entry.EntityKey, entry.Action, entry.UserId!.Value, entry.UserName, entry.At));
        using var after = JsonDocument.Parse(entry.After!);
        Assert.Equal("suunnitelma.docx", after.RootElement.GetProperty("FileName").GetString());
        Assert.Equal(form.Sha256, after.RootElement.GetProperty("Sha256").GetString());
        Assert.Equal(12_345, after.RootElement.GetProperty("Bytes").GetInt64());
        // The version and each section are in the log too, by the audit interceptor.
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.EntityType == nameof(PlanVersion) && e.EntityKey == saved.Id.ToString() && e.UserId == user));
        Assert.Equal(form.Sections.Count, await db.AuditEntries.CountAsync(e => e.EntityType == nameof(PlanSection) && e.UserId == user));
    }

    [Fact]
    public async Task An_approved_version_stays_as_it_was_and_an_open_draft_of_the_language_is_never_overwritten()
    {
        var (area, _, services) = await PlannerAsync();
        await using var _ = services;
        var approved = new PlanVersion(Guid.NewGuid(), area, "2023", new DateOnly(2023, 10, 9), "fi", "Suunnitelma");
        await using (var db = fixture.CreateContext(area))
        {
            db.PlanVersions.Add(approved);
            db.PlanSections.Add(new PlanSection(Guid.NewGuid(), area, approved.Id, null, 0, "Hyväksytty luku", "Hyväksytty teksti.", StatutorySection.Offices));
            approved.Submit("jaosto", DateTimeOffset.UtcNow);
            approved.Approve("Jaosto", new DateOnly(2023, 10, 31), "§ 5");
            await db.SaveChangesAsync();
        }

        var import = services.Get<ImportPlanVersion>();
        var first = Assert.IsType<WriteOutcome<PlanImportForm>.Saved>(await import.RunAsync(FormFrom(Espoo())));
        Assert.NotEqual(approved.Id, first.Id);
        var second = Assert.IsType<WriteOutcome<PlanImportForm>.Invalid>(await import.RunAsync(FormFrom(Espoo(), "toinen")));
        Assert.Equal(PlanErrors.OpenVersionExists, Assert.Single(second.Errors).ErrorCode);

        await using var check = fixture.CreateContext(area);
        Assert.Equal(2, await check.PlanVersions.CountAsync());
        Assert.Equal(PlanStatus.Approved, (await check.PlanVersions.SingleAsync(v => v.Id == approved.Id)).Status);
        Assert.Equal("Hyväksytty teksti.", (await check.PlanSections.SingleAsync(s => s.VersionId == approved.Id)).Body);
        Assert.Equal(1, await check.AuditEntries.CountAsync(e => e.EntityType == ImportPlanVersion.AuditEntityType));

        // A Swedish import is a version of its own language, beside the Finnish draft.
        var swedish = FormFrom(Espoo(), "sv 1.0");
        swedish.Language = "sv";
        Assert.IsType<WriteOutcome<PlanImportForm>.Saved>(await import.RunAsync(swedish));
    }

    [Theory]
    [InlineData(AreaRole.CommitteeMember)]
    [InlineData(AreaRole.Viewer)]
    public async Task Committee_members_and_viewers_may_not_import_and_nothing_is_saved(AreaRole role)
    {
        var (area, _, services) = await PlannerAsync(role);
        await using var _ = services;
        Assert.IsType<WriteOutcome<PlanImportForm>.Forbidden>(await services.Get<ImportPlanVersion>().RunAsync(FormFrom(Espoo())));
        await using var db = fixture.CreateContext(area);
        Assert.Equal(0, await db.PlanVersions.CountAsync());
        Assert.Equal(0, await db.PlanSections.CountAsync());
    }

    [Fact]
    public async Task A_planner_of_area_a_cannot_import_into_area_b_and_does_not_see_bs_imported_plan()
    {
        var (a, planner, _) = await PlannerAsync();
        var (b, bPlanner, bServices) = await PlannerAsync();
        await using var __ = bServices;
        var bVersion = Assert.IsType<WriteOutcome<PlanImportForm>.Saved>(await bServices.Get<ImportPlanVersion>().RunAsync(FormFrom(Espoo()))).Id;

        // Working in B (e.g. a forged area in the circuit) with a role only in A: the right is read from the database now.
        await using var intoB = new WriteServicesForTests(fixture, planner, "a-planner@example.fi", b);
        Assert.IsType<WriteOutcome<PlanImportForm>.Forbidden>(await intoB.Get<ImportPlanVersion>().RunAsync(FormFrom(Espoo(), "vieras")));

        await using var inA = fixture.CreateContext(a, planner);
        Assert.Null(await inA.PlanVersions.FirstOrDefaultAsync(v => v.Id == bVersion));
        Assert.Equal(0, await inA.PlanSections.IgnoreQueryFilters().CountAsync(s => s.VersionId == bVersion));
        await using var inB = fixture.CreateContext(b, bPlanner);
        Assert.Equal(["tuotu 1.0"], await inB.PlanVersions.Select(v => v.Label).ToListAsync());
    }

    [Fact]
    public async Task An_invalid_form_is_refused_with_its_fields_and_nothing_is_saved()
    {
        var (area, _, services) = await PlannerAsync();
        await using var _ = services;
        var form = FormFrom(Espoo());
        form.Title = "";
        form.Sections[2] = form.Sections[2] with { Heading = new string('x', 301) };
        var invalid = Assert.IsType<WriteOutcome<PlanImportForm>.Invalid>(await services.Get<ImportPlanVersion>().RunAsync(form));
        Assert.Equal(["Title", "Sections[2].Heading"], invalid.Errors.Select(e => e.PropertyName));
        await using var db = fixture.CreateContext(area);
        Assert.Equal(0, await db.PlanVersions.CountAsync());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
