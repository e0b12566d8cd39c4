using Npgsql;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Financing.WhatIf;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Tests.Financing;

[Collection(DatabaseCollection.Name)]
public class WhatIfQueryTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_leave_shows_the_changed_payments_and_warns_below_the_workforce_minimum()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        await using var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee);

        var result = (await committee.Get<WhatIfQuery>().RunAsync(area.Year, [new RemoveMember(area.B.Value)]))!;

        Assert.Empty(result.Problems);
        var a = result.Payments.Single(p => p.Code == area.A);
        Assert.Equal(Money.FromEuros(10_000m), a.Before);
        Assert.Equal(Money.FromEuros(40_000m), a.After);
        Assert.Equal(300m, a.ChangePercent);
        Assert.Null(result.Payments.Single(p => p.Code == area.B).After);
        // Labour force 8 000 + 15 000 = 23 000 now; 8 000 without B: a warning, not an error.
        Assert.True(result.WorkforceBefore.MeetsMinimum);
        Assert.Equal(8_000m, result.WorkforceAfter.Total);
        Assert.True(result.BelowWorkforceMinimum);
        // A's net cost rises by the 30 000,00 it now pays: −15 300,00 → 14 700,00
        var net = result.NetCosts.Single(n => n.Code == area.A);
        Assert.Equal(Money.FromEuros(-15_300m), net.Before);
        Assert.Equal(Money.FromEuros(14_700m), net.After);
    }

    [Fact]
    public async Task A_join_with_entered_statistics_spreads_the_cost()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        var joiner = await fixture.NewMunicipalityAsync();
        await using var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee);

        var result = (await committee.Get<WhatIfQuery>().RunAsync(area.Year,
            [new AddMunicipality(joiner, "Liittyjä", new Dictionary<string, decimal> { [Indicator.WorkingAge] = 4_000m, [Indicator.LabourForce] = 3_000m })]))!;

        // 40 000,00 by 1 000 / 3 000 / 4 000 residents: 5 000,00 / 15 000,00 / 20 000,00
        Assert.Equal([500_000L, 1_500_000L, 2_000_000L], result.After!.Municipalities.Select(m => m.Total.Cents));
        Assert.Equal(26_000m, result.WorkforceAfter.Total);
        Assert.False(result.BelowWorkforceMinimum);
        // The joiner has no national figures for the year: its net cost is not guessed.
        Assert.Null(result.NetCosts.Single(n => n.Code.Value == joiner).After);
    }

    [Fact]
    public async Task Building_and_saving_scenarios_never_writes_the_area_s_own_tables()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        string[] tables = ["memberships", "allocation_keys", "key_criteria", "budgets", "budget_lines", "indicator_values", "benefit_liability_estimates"];
        var before = await FingerprintAsync(area.AreaId, tables);
        var joiner = await fixture.NewMunicipalityAsync();
        ScenarioChange[] changes =
        [
            new RemoveMember(area.B.Value),
            new AddMunicipality(joiner, "Liittyjä", new Dictionary<string, decimal> { [Indicator.WorkingAge] = 10m }),
            new ChangeCriteria([new Criterion(Indicator.WorkingAge, 100m)]),
            new ChangeSharedCost(12_345.67m, "Palvelut"),
        ];

        await using (var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee))
        {
            Assert.NotNull(await committee.Get<WhatIfQuery>().RunAsync(area.Year, changes));
            var saved = await committee.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm { Year = area.Year, Name = "B eroaa", Changes = [.. changes] });
            Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Saved>(saved);
        }

        Assert.Equal(before, await FingerprintAsync(area.AreaId, tables));
        await using var db = fixture.CreateContext(area.AreaId);
        var stored = Assert.Single(db.WhatIfScenarios.Where(s => s.Year == area.Year));
        Assert.Equal(changes, stored.ReadChanges().Take(2).Concat(stored.ReadChanges().Skip(2)).ToArray(), new ChangeComparer());
    }

    [Fact]
    public async Task Bad_scenarios_are_field_errors_viewers_cannot_save_and_another_area_cannot_touch_them()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        await using var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee);
        var weights = await committee.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm
            { Year = area.Year, Name = "x", Changes = [new ChangeCriteria([new Criterion(Indicator.WorkingAge, 60m), new Criterion(Indicator.Population, 30m)])] });
        Assert.Contains(Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Invalid>(weights).Errors, e => e.ErrorCode == "Validation.WeightsSum");
        var negative = await committee.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm
            { Year = area.Year, Name = "x", Changes = [new AddMunicipality("000", "x", new Dictionary<string, decimal> { [Indicator.WorkingAge] = -1m })] });
        Assert.Contains(Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Invalid>(negative).Errors, e => e.ErrorCode == "Financing.NotNegative");
        var unknown = await committee.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm
            { Year = area.Year, Name = "x", Changes = [new AddMunicipality("000", "x", new Dictionary<string, decimal> { [Indicator.WorkingAge] = 1m })] });
        Assert.Contains(Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Invalid>(unknown).Errors, e => e.ErrorCode == "Financing.UnknownMunicipality");

        var saved = Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Saved>(await committee.Get<SaveWhatIfScenario>().RunAsync(
            new WhatIfScenarioForm { Year = area.Year, Name = "Oma", Changes = [new RemoveMember(area.B.Value)] }));

        var viewer = await fixture.CreateUserAsync(area.AreaId, Domain.Access.AreaRole.Viewer);
        await using (var readOnly = UseCaseScope.User(fixture, area.AreaId, viewer))
            Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Forbidden>(await readOnly.Get<SaveWhatIfScenario>().RunAsync(
                new WhatIfScenarioForm { Year = area.Year, Name = "y", Changes = [] }));

        var other = await FinancingArea.CreateAsync(fixture, withParameters: false);
        await using var outsider = UseCaseScope.User(fixture, other.AreaId, other.Committee);
        Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Gone>(await outsider.Get<SaveWhatIfScenario>().RunAsync(
            new WhatIfScenarioForm { Id = saved.Id, Version = saved.Version, Year = area.Year, Name = "kaapattu", Changes = [] }));
        await using var db = fixture.CreateContext(other.AreaId);
        Assert.Empty(db.WhatIfScenarios.Where(s => s.Id == saved.Id));
    }

    /// <summary>A digest of the area's rows of each table, read by the runtime role under RLS.</summary>
    private async Task<string> FingerprintAsync(Guid areaId, string[] tables)
    {
        await using var connection = await fixture.OpenRuntimeConnectionAsync(areaId);
        var parts = new List<string>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM {table} t", connection);
            parts.Add(table + "=" + await command.ExecuteScalarAsync());
        }
        return string.Join(";", parts);
    }

    private sealed class ChangeComparer : IEqualityComparer<ScenarioChange>
    {
        public bool Equals(ScenarioChange? x, ScenarioChange? y) =>
            System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);
        public int GetHashCode(ScenarioChange obj) => 0;
    }
}
