using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Web.Components.Pages.FollowUp;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>The monthly profile editor: euro amounts start from the current months and must add up to the planned amount.</summary>
public class ProfileEditorTests(DatabaseFixture fixture) : DatabaseComponentTest(fixture)
{
    [Fact]
    public async Task Amounts_that_miss_the_planned_amount_are_refused_and_corrected_ones_are_saved()
    {
        var (area, _) = await EnterNewAreaAsPlannerAsync();
        var budget = new Budget(Guid.NewGuid(), area, 2025);
        var line = new BudgetLineItem(Guid.NewGuid(), area, budget.Id, 0, BudgetLineKind.Expense, "Avustukset", 1_200m) { ExpenseCategory = ExpenseCategory.GrantsAndAllowances };
        await using (var db = Database.CreateContext(area))
        {
            db.Budgets.Add(budget);
            db.BudgetLines.Add(line);
            await db.SaveChangesAsync();
        }
        RenderProviders();
        var done = new List<bool>();
        decimal[] even = [.. Enumerable.Repeat(100m, 12)];
        var follow = new LineFollowUp(line.Id, line.Label, line.Kind, "Expense.GrantsAndAllowances", 1_200m, null, even, new decimal[12], 0m, 0m, 1_200m, null, null, 0, ForecastFlag.None);
        var editor = Render<ProfileEditor>(ps => ps.Add(p => p.Line, follow).Add(p => p.OnDone, saved => done.Add(saved)));

        // Amounts start from the even months: 12 × 100 €.
        var kind = editor.FindComponent<MudBlazor.MudSelect<string>>();
        await editor.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(nameof(ProfileKind.Amounts)));
        await editor.WaitForAssertionAsync(() => Assert.Contains(Text("FollowUp.ProfileTotal", "1 200,00 €", "1 200,00 €"), editor.Find("[data-testid=profile-total]").TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal));

        editor.Find("input[data-testid=profile-month-1]").Change("300");
        await editor.WaitForAssertionAsync(() => Assert.Contains("1 400,00 €", editor.Find("[data-testid=profile-total]").TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal));
        editor.Find("form").Submit();
        await editor.WaitForAssertionAsync(() => Assert.Contains(Text("FollowUp.ProfileSum"), editor.Markup, StringComparison.Ordinal));
        Assert.Empty(done);
        await using (var db = Database.CreateContext(area)) Assert.False(await db.LineProfiles.AnyAsync());

        editor.Find("input[data-testid=profile-month-2]").Change("0");
        editor.Find("input[data-testid=profile-month-3]").Change("0");
        await editor.WaitForAssertionAsync(() => Assert.Contains("1 200,00 €", editor.Find("[data-testid=profile-total]").TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal));
        editor.Find("form").Submit();
        await editor.WaitForAssertionAsync(() => Assert.Equal([true], done), TimeSpan.FromSeconds(20));
        await using var read = Database.CreateContext(area);
        var profile = await read.LineProfiles.SingleAsync();
        Assert.Equal((ProfileKind.Amounts, 300m, 0m), (profile.Kind, profile.Months[0], profile.Months[1]));
    }
}
