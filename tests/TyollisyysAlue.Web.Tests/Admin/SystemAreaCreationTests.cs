using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Areas;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests.Admin;

[Collection(AppCollection.Name)]
public class SystemAreaCreationTests(AppFixture app)
{
    private async Task<AreaCreationResult> CreateAsAsync(string email, NewAreaForm form)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var me = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        scope.ServiceProvider.GetRequiredService<AreaContext>().SetUser(me!.Id, email);
        return await scope.ServiceProvider.GetRequiredService<SystemAreaCreation>().CreateAsync(form);
    }

    /// <summary>A register municipality of this test's own, so that no demo area holds it.</summary>
    private async Task<string> FreeMunicipalityAsync(string code)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync();
        if (!await db.Municipalities.AnyAsync(m => m.Code == MunicipalityCode.Parse(code)))
        {
            db.Municipalities.Add(new Municipality(MunicipalityCode.Parse(code), "Testikunta " + code, null, LanguageStatus.Finnish));
            await db.SaveChangesAsync();
        }
        return code;
    }

    private static NewAreaForm Form(string slug, string municipality, string admin) => new()
    {
        Slug = slug, NameFi = "Testin työllisyysalue", ResponsibleMunicipality = municipality, StartDate = new DateOnly(2026, 1, 1),
        CommitteeNameFi = "Työllisyysjaosto", DecisionReference = "Valtuusto 1.9.2025 § 5", AdministratorEmail = admin,
    };

    private static string CodeOf(AreaCreationResult result) => Assert.Single(Assert.IsType<WriteOutcome<NewAreaForm>.Invalid>(result.Outcome).Errors).ErrorCode;

    [Fact]
    public async Task The_system_administrator_creates_an_area_whose_invited_administrator_can_then_manage_it()
    {
        var admin = $"first-admin-{Guid.NewGuid():N}@example.fi";
        var done = await CreateAsAsync("sysadmin@example.fi", Form("testialue-uusi", await FreeMunicipalityAsync("991"), admin));
        Assert.IsType<WriteOutcome<NewAreaForm>.Saved>(done.Outcome);
        using var client = app.Anonymous();
        (await InvitationTests.AcceptAsync(client, done.Link!, "Ensimmainen-2026")).Dispose();
        using var signedIn = await SignIn.ClientForAsync(app.Factory, admin, "Ensimmainen-2026");
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/areas/testialue-uusi/admin")).StatusCode);
        var members = WebUtility.HtmlDecode(await signedIn.GetStringAsync("/areas/testialue-uusi/municipalities"));
        Assert.Contains("Valtuusto 1.9.2025 § 5", members, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_or_taken_keys_unknown_or_held_municipalities_are_refused()
    {
        var free = await FreeMunicipalityAsync("992");
        Assert.Equal("Areas.SlugInvalid", CodeOf(await CreateAsAsync("sysadmin@example.fi", Form("Iso Alue", free, "x@example.fi"))));
        Assert.Equal("Areas.SlugTaken", CodeOf(await CreateAsAsync("sysadmin@example.fi", Form("porvoo", free, "x@example.fi"))));
        Assert.Equal("Membership.UnknownMunicipality", CodeOf(await CreateAsAsync("sysadmin@example.fi", Form("testialue-b", "999", "x@example.fi"))));
        var taken = Assert.Single(Assert.IsType<WriteOutcome<NewAreaForm>.Invalid>((await CreateAsAsync("sysadmin@example.fi", Form("testialue-b", "638", "x@example.fi"))).Outcome).Errors);
        // Issue 12.10: the refusal names the area that holds Porvoo.
        Assert.Equal("Areas.MunicipalityTaken", taken.ErrorCode);
        Assert.Contains("Porvoo", Assert.IsType<object[]>(taken.CustomState)[0].ToString(), StringComparison.Ordinal);
        var invalid = Assert.IsType<WriteOutcome<NewAreaForm>.Invalid>((await CreateAsAsync("sysadmin@example.fi", new NewAreaForm { Slug = "ok" })).Outcome);
        Assert.Contains(invalid.Errors, e => e.ErrorCode == "Areas.NameRequired");
        Assert.Contains(invalid.Errors, e => e.ErrorCode == "Membership.CodeInvalid");
    }

    [Fact]
    public async Task Only_a_system_administrator_may_create_areas()
    {
        var refused = await CreateAsAsync("admin.porvoo@example.fi", Form("testialue-c", await FreeMunicipalityAsync("993"), "x@example.fi"));
        Assert.IsType<WriteOutcome<NewAreaForm>.Forbidden>(refused.Outcome);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync())
            Assert.False(await db.Areas.AnyAsync(a => a.Slug == "testialue-c"));
        using var client = await app.SignedInAs("admin.porvoo@example.fi");
        using var response = await client.GetAsync("/system/areas");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        using var sysadmin = await app.SignedInAs("sysadmin@example.fi");
        Assert.Contains("data-testid=\"new-area\"", await sysadmin.GetStringAsync("/system/areas"), StringComparison.Ordinal);
    }
}
