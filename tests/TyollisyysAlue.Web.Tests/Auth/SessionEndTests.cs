using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Users;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests.Auth;

/// <summary>
/// Issue 11, findings 1 and 5: a copy of the sign-in cookie stops opening pages and exports the moment the user signs
/// out or an administrator removes or lowers their role (server-side, by the security stamp checked on every request).
/// </summary>
[Collection(AppCollection.Name)]
public class SessionEndTests(AppFixture app)
{
    private const string Page = "/areas/porvoo/municipalities";
    private const string Export = "/areas/porvoo/budget/2025/export/csv";

    [Fact]
    public async Task A_copied_cookie_opens_no_page_or_export_after_sign_out()
    {
        var (browser, cookie) = await SignInAsync(await OwnAccountAsync("signout.copy@example.fi", AreaRole.Viewer));
        using (browser)
        using (var copy = WithCookie(cookie))
        {
            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(Page)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(Export)).StatusCode);

            await SignOutAsync(browser);

            await AssertSignedOutAsync(copy);
        }
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_when_an_administrator_lowers_the_role()
    {
        var email = await OwnAccountAsync("lowered.copy@example.fi", AreaRole.Planner, AreaRole.Viewer);
        var (browser, cookie) = await SignInAsync(email);
        using (browser)
        using (var copy = WithCookie(cookie))
        {
            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(Page)).StatusCode);

            await RunAsAdministratorAsync(email, (services, userId) =>
                services.GetRequiredService<RemoveRole>().RunAsync(new RoleChangeForm { UserId = userId, Role = AreaRole.Planner }));

            await AssertSignedOutAsync(copy);
            await AssertSignedOutAsync(browser);
        }
        // Signing in again gives what the account may do now: still a viewer here.
        using var again = await app.SignedInAs(email);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(Page)).StatusCode);
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_when_an_administrator_removes_the_access()
    {
        var email = await OwnAccountAsync("removed.copy@example.fi", AreaRole.Viewer);
        var (browser, cookie) = await SignInAsync(email);
        using (browser)
        using (var copy = WithCookie(cookie))
        {
            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(Export)).StatusCode);

            await RunAsAdministratorAsync(email, (services, userId) =>
                services.GetRequiredService<RemoveAccess>().RunAsync(new RemoveAccessForm(userId)));

            await AssertSignedOutAsync(copy);
        }
    }

    private async Task RunAsAdministratorAsync<T>(string email, Func<IServiceProvider, Guid, Task<WriteOutcome<T>>> write)
    {
        await using var scope = await app.Factory.Services.AsAsync(DemoAreas.Porvoo, "admin.porvoo@example.fi");
        var userId = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!.Id;
        Assert.IsType<WriteOutcome<T>.Saved>(await write(scope.ServiceProvider, userId));
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        foreach (var path in new[] { Page, Export })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        }
    }

    private static async Task SignOutAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/account/login");
        using var logout = await client.PostAsync("/account/logout",
            new FormUrlEncodedContent([new("__RequestVerificationToken", SignIn.AntiforgeryTokenIn(page))]));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
    }

    /// <summary>A browser signed in as the user, and its auth cookie as an attacker would copy it.</summary>
    private async Task<(HttpClient Browser, string Cookie)> SignInAsync(string email)
    {
        var browser = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await SignIn.PostAsync(browser, email, DemoUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ta.auth=", StringComparison.Ordinal));
        return (browser, setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    private HttpClient WithCookie(string cookie)
    {
        var copy = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return copy;
    }

    /// <summary>An account of the test's own with roles in Porvoo: ending a demo user's sessions would sign other tests out.</summary>
    private async Task<string> OwnAccountAsync(string email, params AreaRole[] roles)
    {
        await using var scope = await app.Factory.Services.AsAsync(DemoAreas.Porvoo, "admin.porvoo@example.fi");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
            var created = await users.CreateAsync(user, DemoUsers.Password);
            Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        }
        await using var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync();
        var held = db.RoleAssignments.Where(r => r.UserId == user.Id).Select(r => r.Role).ToList();
        foreach (var role in roles.Except(held)) db.RoleAssignments.Add(new AreaRoleAssignment(Guid.NewGuid(), DemoAreas.Porvoo, user.Id, role));
        await db.SaveChangesAsync();
        return email;
    }
}
