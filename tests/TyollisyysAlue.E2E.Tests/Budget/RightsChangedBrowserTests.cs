using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Users;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.E2E.Tests.Budget;

/// <summary>
/// A removed role stops the very next write in an open tab (issue 11, finding 1): the planner has the budget open, an
/// administrator removes the planner's access on the administration page, and the planner's save is refused with the
/// rights-changed message; nothing is saved or audited.
/// </summary>
public sealed class RightsChangedBrowserTests(AppFixture app) : BrowserTest(app)
{
    private const string Planner = "planner.porvoo@example.fi";
    private const string Label = "Oikeudet poistettu -rivi";

    [Fact]
    public async Task A_planner_whose_access_was_removed_cannot_save_in_the_tab_still_open_and_nothing_is_saved()
    {
        await BudgetUi.OpenAsync(Page, Planner);
        var editor = await BudgetUi.StartLineAsync(Page, Label);
        try
        {
            await using (var adminContext = await App.NewContextAsync())
            {
                adminContext.SetDefaultTimeout(30_000);
                var admin = await adminContext.NewPageAsync();
                await SignInPage.SignInAsync(admin, "admin.porvoo@example.fi");
                await admin.GotoAsync("/areas/porvoo/admin");
                await Interactive.ReadyAsync(admin);
                var row = admin.GetByTestId("area-user-row").Filter(new() { HasText = Planner });
                await row.GetByTestId("remove-access").ClickAsync();
                await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Poista käyttöoikeus", Exact = true }).ClickAsync();
                await Expect(admin.GetByTestId("area-user-row").Filter(new() { HasText = Planner })).ToHaveCountAsync(0);
            }

            await editor.GetByTestId("save-line").ClickAsync();
            var message = Page.GetByRole(AriaRole.Dialog);
            await Expect(message).ToContainTextAsync("Käyttöoikeutesi ovat muuttuneet");
            await Expect(message).ToContainTextAsync("eikä muutostasi tallennettu");

            await using (var scope = await App.Services.AsAsync(DemoAreas.Porvoo, "admin.porvoo@example.fi"))
            {
                await using var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync();
                Assert.False(await db.BudgetLines.AnyAsync(l => l.Label == Label));
                var audited = await db.AuditEntries.Where(a => a.EntityType == "BudgetLineItem").Select(a => a.After).ToListAsync();
                Assert.DoesNotContain(audited, after => after != null && after.Contains(Label, StringComparison.Ordinal));
            }

            // The page reloads and shows what the account may do now: nothing in this area.
            await message.GetByRole(AriaRole.Button, new() { Name = "Lataa sivu uudelleen" }).ClickAsync();
            await Expect(Page.GetByTestId("add-line")).ToHaveCountAsync(0);
        }
        finally
        {
            await RestorePlannerAsync();
        }
    }

    /// <summary>The demo planner gets the role back (other tests sign in as this account), as an invitation gives it.</summary>
    private async Task RestorePlannerAsync()
    {
        await using var scope = await App.Services.AsAsync(DemoAreas.Porvoo, "admin.porvoo@example.fi");
        var outcome = await scope.ServiceProvider.GetRequiredService<InviteToArea>().RunAsync(new InvitationForm { Email = Planner, Role = AreaRole.Planner });
        Assert.True(outcome is WriteOutcome<InvitationForm>.Saved || outcome is WriteOutcome<InvitationForm>.Invalid { Errors: [{ ErrorCode: "Users.AlreadyMember" }] });
    }
}
