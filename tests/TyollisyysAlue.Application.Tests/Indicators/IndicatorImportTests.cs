using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Application.Tests.Indicators;

/// <summary>Preview, then save all or nothing through the write pipeline; the mapping is remembered; broad unemployment is computed from what was saved.</summary>
[Collection(DatabaseCollection.Name)]
public class IndicatorImportTests(DatabaseFixture fixture)
{
    private sealed record Area(Guid Id, string Code, Guid Planner);

    private async Task<Area> AreaAsync()
    {
        await fixture.EnsureIndicatorsAsync();
        var code = await fixture.NewMunicipalityAsync();
        var (id, _) = await fixture.CreateAreaAsync(code);
        return new Area(id, code, await fixture.CreateUserAsync(id, AreaRole.Planner));
    }

    /// <summary>12r5 for two months: unemployed jobseekers and the five service counts of broad unemployment.</summary>
    private static byte[] File12r5(string code, int bump = 0) => StatFiles.PxJson(StatFiles.Current,
    [
        new("SSS", "2026M05", "TYOTTOMATLOPUSSA", "351000"),
        .. new[] { ("2026M05", 100, 5, 1, 2, 0, 3), ("2026M06", 110 + bump, 6, 1, 2, 1, 3) }.SelectMany(m => new StatCellData[]
        {
            new($"KU{code}", m.Item1, "TYOTTOMATLOPUSSA", m.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new($"KU{code}", m.Item1, "TYOLLISTETTYLOP", m.Item3.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new($"KU{code}", m.Item1, "KOKEILULOP", m.Item4.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new($"KU{code}", m.Item1, "TVKOULUTUSLOP", m.Item5.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new($"KU{code}", m.Item1, "VALMENNUSLOP", m.Item6.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new($"KU{code}", m.Item1, "MTPPALVELUTLOP", m.Item7.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }),
    ]);

    private static Task<ImportPreview> PreviewAsync(UseCaseScope scope, byte[] file) =>
        scope.Get<IndicatorImports>().PreviewAsync(new MemoryImportSource("12r5.json", file), new ImportRequest());

    private static IndicatorImportForm Form(ImportPreview preview) => IndicatorImportForm.From(preview.Plan, preview.SourceText(new DateOnly(2026, 7, 22)));

    [Fact]
    public async Task A_planner_saves_a_previewed_export_all_at_once_and_its_mapping_is_remembered()
    {
        var area = await AreaAsync();
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        var preview = await PreviewAsync(planner, File12r5(area.Code));
        Assert.Empty(preview.Plan.Problems);
        Assert.False(preview.Remembered);
        Assert.Equal(12, preview.Plan.Count(ImportChange.New));

        var outcome = await planner.Get<CommitIndicatorImport>().RunAsync(Form(preview));
        Assert.IsType<WriteOutcome<IndicatorImportForm>.Saved>(outcome);
        await using (var db = fixture.CreateContext(area.Id))
        {
            Assert.Equal(12, await db.IndicatorValues.CountAsync());
            var june = await db.IndicatorValues.SingleAsync(v => v.IndicatorCode == Indicator.UnemployedJobseekers && v.OnDate == new DateOnly(2026, 6, 1));
            Assert.Equal((110m, false), (june.Value, june.IsDemo));
            Assert.StartsWith("KEHA-keskus, Työnvälitystilasto · 12r5.json", june.Source, StringComparison.Ordinal);
            var remembered = await db.ImportMappings.SingleAsync();
            Assert.Equal(preview.Plan.Table.Signature, remembered.Signature);
            // Saved under the planner's name in the audit, values and mapping in the same transaction.
            Assert.True(await db.AuditEntries.CountAsync(a => a.EntityType == nameof(IndicatorValue)) >= 12);
        }

        // Next month's file of the same layout maps by the remembered choice; what did not change is not saved again.
        var again = await PreviewAsync(planner, File12r5(area.Code, bump: 5));
        Assert.True(again.Remembered);
        Assert.Equal((1, 11), (again.Plan.Count(ImportChange.Changed), again.Plan.Count(ImportChange.Unchanged)));
    }

    [Fact]
    public async Task A_value_changed_after_the_preview_refuses_the_whole_import()
    {
        var area = await AreaAsync();
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        Assert.True((await planner.Get<CommitIndicatorImport>().RunAsync(Form(await PreviewAsync(planner, File12r5(area.Code))))).IsSaved);
        var preview = await PreviewAsync(planner, File12r5(area.Code, bump: 7));
        await using (var db = fixture.CreateContext(area.Id))
        {
            var june = await db.IndicatorValues.SingleAsync(v => v.IndicatorCode == Indicator.UnemployedJobseekers && v.OnDate == new DateOnly(2026, 6, 1));
            june.Change(111m, "käsin");
            await db.SaveChangesAsync();
        }
        var refused = Assert.IsType<WriteOutcome<IndicatorImportForm>.Invalid>(await planner.Get<CommitIndicatorImport>().RunAsync(Form(preview)));
        Assert.Equal("Import.ChangedMeanwhile", Assert.Single(refused.Errors).ErrorCode);
        await using var read = fixture.CreateContext(area.Id);
        Assert.Equal(111m, (await read.IndicatorValues.SingleAsync(v => v.IndicatorCode == Indicator.UnemployedJobseekers && v.OnDate == new DateOnly(2026, 6, 1))).Value);
    }

    [Fact]
    public async Task Viewers_and_committee_members_cannot_save_an_import()
    {
        var area = await AreaAsync();
        foreach (var role in new[] { AreaRole.Viewer, AreaRole.CommitteeMember })
        {
            await using var reader = UseCaseScope.User(fixture, area.Id, await fixture.CreateUserAsync(area.Id, role));
            var preview = await PreviewAsync(reader, File12r5(area.Code));
            Assert.IsType<WriteOutcome<IndicatorImportForm>.Forbidden>(await reader.Get<CommitIndicatorImport>().RunAsync(Form(preview)));
        }
        await using var db = fixture.CreateContext(area.Id);
        Assert.False(await db.IndicatorValues.AnyAsync());
    }

    [Fact]
    public async Task An_api_token_saves_only_with_the_import_scope_and_while_it_is_not_revoked()
    {
        var area = await AreaAsync();
        async Task<Guid> TokenAsync(ApiScope scopes, bool revoked = false)
        {
            await using var db = fixture.CreateContext(area.Id);
            var token = new ApiToken(Guid.NewGuid(), area.Id, "Järjestelmä", Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()).PadRight(64, '0'),
                null, "test", DateTimeOffset.UtcNow, scopes);
            if (revoked) token.Revoke(DateTimeOffset.UtcNow, "test");
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync();
            return token.Id;
        }
        foreach (var (scopes, revoked, saves) in new[] { (ApiScope.Read, false, false), (ApiScope.Import, true, false), (ApiScope.Import, false, true) })
        {
            await using var program = UseCaseScope.Token(fixture, area.Id, await TokenAsync(scopes, revoked));
            var outcome = await program.Get<CommitIndicatorImport>().RunAsync(Form(await PreviewAsync(program, File12r5(area.Code))));
            Assert.Equal(saves, outcome.IsSaved);
        }
        await using var read = fixture.CreateContext(area.Id);
        Assert.Contains(await read.AuditEntries.Where(a => a.EntityType == nameof(IndicatorValue)).Select(a => a.UserName).ToListAsync(), n => n == "API: test");
    }

    [Fact]
    public async Task Another_areas_municipalities_are_not_imported_and_its_mappings_are_not_seen()
    {
        var a = await AreaAsync();
        var b = await AreaAsync();
        await using (var plannerB = UseCaseScope.User(fixture, b.Id, b.Planner))
            Assert.True((await plannerB.Get<CommitIndicatorImport>().RunAsync(Form(await PreviewAsync(plannerB, File12r5(b.Code))))).IsSaved);

        await using var plannerA = UseCaseScope.User(fixture, a.Id, a.Planner);
        // B's file in A: B's municipality is another area's, nothing to import; B's remembered mapping is not A's.
        var preview = await PreviewAsync(plannerA, File12r5(b.Code));
        Assert.False(preview.Remembered);
        Assert.Empty(preview.Plan.Values);
        Assert.True(preview.Plan.OtherMunicipalityCells > 0);
        // A forged form for B's municipality is refused in A.
        var forged = IndicatorImportForm.From((await PreviewAsync(plannerA, File12r5(a.Code))).Plan, "forged");
        forged.Values = [new ImportRow(Indicator.UnemployedJobseekers, b.Code, new DateOnly(2026, 6, 1), 1m, null)];
        var refused = Assert.IsType<WriteOutcome<IndicatorImportForm>.Invalid>(await plannerA.Get<CommitIndicatorImport>().RunAsync(forged));
        Assert.Equal("Import.NotAMember", Assert.Single(refused.Errors).ErrorCode);
        await using var db = fixture.CreateContext(a.Id);
        Assert.False(await db.IndicatorValues.AnyAsync());
        Assert.False(await db.ImportMappings.AnyAsync());
    }

    [Fact]
    public async Task Broad_unemployment_is_computed_per_member_and_month_and_traced_in_the_split()
    {
        var area = await AreaAsync();
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        Assert.True((await planner.Get<CommitIndicatorImport>().RunAsync(Form(await PreviewAsync(planner, File12r5(area.Code))))).IsSaved);

        var series = (await planner.Get<IndicatorSeriesQuery>().LoadAsync(Indicator.BroadUnemployment, 2026, 2026))!;
        var member = MunicipalityCode.Parse(area.Code);
        // May: 100 + 5 + 1 + 2 + 0 + 3 = 111; June: 110 + 6 + 1 + 2 + 1 + 3 = 123.
        Assert.Equal([111m, 123m], series.Dates.Select(d => series.Value(member, d)!.Value));
        Assert.Equal(123m, series.Total(new DateOnly(2026, 6, 1)));

        var key = new KeyForm
        {
            Name = "Laaja työttömyys",
            Criteria = [new CriterionForm { IndicatorCode = Indicator.BroadUnemployment, WeightPercent = 100, ReferenceKind = IndicatorKind.MonthlyAverage, ReferenceDate = new DateTime(2026, 6, 1) }],
        };
        var split = await planner.Get<YearSplitQuery>().PreviewAsync(2026, key);
        var use = split.ValueOf(member, Indicator.BroadUnemployment)!;
        Assert.Equal((117m, 2), (use.Value, use.MonthsCovered));
        Assert.Equal([111m, 123m], use.Derivation.Select(d => d.Value));
        Assert.Equal([110m, 6m, 1m, 2m, 1m, 3m], use.Derivation[1].Parts.Select(p => p.Value));
        Assert.Contains(Indicator.ServicesCoaching, split.Components.Keys);
    }
}
