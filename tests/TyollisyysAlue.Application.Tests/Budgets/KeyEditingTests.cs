using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Tests.Budgets;

[Collection(DatabaseCollection.Name)]
public class KeyEditingTests(DatabaseFixture fixture)
{
    private Task<UseCases> EditorIn(Guid area, string name) => UseCases.ForAsync(fixture, area, name);

    private static CriterionForm C(string indicator, decimal weight) =>
        new() { IndicatorCode = indicator, WeightPercent = weight, ReferenceDate = new DateTime(2024, 12, 31) };

    [Fact]
    public async Task Weights_must_sum_to_exactly_100_and_indicators_may_not_repeat()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var editor = (await EditorIn(area, "anna@example.fi")).Get<SaveKey>();
        var off = new KeyForm { Year = 2025, Name = "Jakoperuste", Criteria = [C(Indicator.WorkingAge, 45m), C(Indicator.Unemployed, 45m), C(Indicator.ForeignLanguage, 9.99m)] };
        var invalid = Assert.IsType<WriteOutcome<KeyForm>.Invalid>(await editor.RunAsync(off));
        Assert.Contains(invalid.Errors, e => e.ErrorCode == "Validation.WeightsSum" && e.PropertyName == nameof(KeyForm.WeightTotal));
        var twice = new KeyForm { Year = 2025, Name = "Jakoperuste", Criteria = [C(Indicator.WorkingAge, 50m), C(Indicator.WorkingAge, 50m)] };
        Assert.Contains(Assert.IsType<WriteOutcome<KeyForm>.Invalid>(await editor.RunAsync(twice)).Errors, e => e.ErrorCode == "Validation.DuplicateIndicator");
        await using var db = fixture.CreateContext(area);
        Assert.False(await db.AllocationKeys.AnyAsync());
    }

    [Fact]
    public async Task A_saved_key_keeps_its_criteria_in_order_and_a_stale_edit_is_a_conflict()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = (await EditorIn(area, "anna@example.fi")).Get<SaveKey>();
        var pekka = (await EditorIn(area, "pekka@example.fi")).Get<SaveKey>();
        var saved = Assert.IsType<WriteOutcome<KeyForm>.Saved>(await anna.RunAsync(
            new KeyForm { Year = 2025, Name = "Jakoperuste 2025", Criteria = [C(Indicator.WorkingAge, 45m), C(Indicator.Unemployed, 45m), C(Indicator.ForeignLanguage, 10m)] }));

        KeyForm Load()
        {
            using var db = fixture.CreateContext(area);
            return KeyForm.From(db.AllocationKeys.AsNoTracking().Include("_criteria").Single(k => k.Id == saved.Id));
        }
        var stored = Load();
        Assert.Equal([Indicator.WorkingAge, Indicator.Unemployed, Indicator.ForeignLanguage], stored.Criteria.Select(c => c.IndicatorCode));

        var annas = Load();
        var pekkas = Load();
        annas.Criteria = [C(Indicator.WorkingAge, 50m), C(Indicator.Unemployed, 50m)];
        pekkas.Criteria = [C(Indicator.Population, 100m)];
        Assert.IsType<WriteOutcome<KeyForm>.Saved>(await anna.RunAsync(annas));
        var conflict = Assert.IsType<WriteOutcome<KeyForm>.Conflict>(await pekka.RunAsync(pekkas));
        Assert.Equal("anna", conflict.ChangedBy); // by name; an account without one shows the e-mail's local part
        Assert.Equal([50m, 50m], conflict.Theirs!.Criteria.Select(c => c.WeightPercent));
        Assert.Equal([50m, 50m], Load().Criteria.Select(c => c.WeightPercent));
    }

    [Fact]
    public void Rolling_a_key_forward_moves_every_reference_a_year()
    {
        var next = new KeyForm { Year = 2025, Name = "2025", Criteria = [C(Indicator.WorkingAge, 100m)] }.RollForward();
        Assert.Equal(new DateTime(2025, 12, 31), Assert.Single(next.Criteria).ReferenceDate);
        Assert.Null(next.Id);
        Assert.Equal(2026, next.Year);
    }

}
