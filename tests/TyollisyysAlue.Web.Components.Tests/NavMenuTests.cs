using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Web.Components.Layout;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>
/// The side menu, plain links in one component (issue 17: MudNavLink was three components per link): the links a role
/// gets, the current page's link marked as NavLink marked it, and a click closing the drawer where it overlays the page.
/// </summary>
public class NavMenuTests : ComponentTest
{
    private static UserArea Porvoo(params AreaRole[] roles) => new(Guid.NewGuid(), "porvoo", "Porvoon seutu", null, roles);

    [Fact]
    public void A_planner_gets_the_area_pages_and_an_administrator_also_the_admin_pages()
    {
        var planner = Render<NavMenu>(ps => ps.Add(p => p.Area, Porvoo(AreaRole.Planner)));
        Assert.Equal(10, planner.FindAll("a.mud-nav-link").Count);
        Assert.Equal(Text("Nav.Overview"), planner.Find("a[href='/areas/porvoo']").TextContent.Trim());
        Assert.Empty(planner.FindAll("a[href='/areas/porvoo/admin']"));

        var admin = Render<NavMenu>(ps => ps.Add(p => p.Area, Porvoo(AreaRole.Administrator)).Add(p => p.IsSystemAdministrator, true));
        Assert.Equal(13 + 4, admin.FindAll("a.mud-nav-link").Count);
        Assert.Single(admin.FindAll("hr.mud-divider"));
        Assert.Equal(Text("Nav.Audit"), admin.Find("a[href='/areas/porvoo/audit']").TextContent.Trim());
        // Every link has its icon, hidden from assistive technology (the text names the link).
        Assert.All(admin.FindAll("a.mud-nav-link"), a => Assert.Equal("true", a.QuerySelector("svg")!.GetAttribute("aria-hidden")));
    }

    [Fact]
    public void The_current_pages_link_is_marked_by_path_prefix_and_the_overview_only_exactly()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/areas/porvoo/budget?year=2026");
        var menu = Render<NavMenu>(ps => ps.Add(p => p.Area, Porvoo(AreaRole.Planner)));
        var current = Assert.Single(menu.FindAll("a[aria-current=page]"));
        Assert.Equal("/areas/porvoo/budget", current.GetAttribute("href"));
        Assert.Contains("active", current.ClassList);

        navigation.NavigateTo("/areas/porvoo/plan/import");
        menu.WaitForAssertion(() => Assert.Equal("/areas/porvoo/plan", Assert.Single(menu.FindAll("a[aria-current=page]")).GetAttribute("href")));
        Assert.DoesNotContain("active", menu.Find("a[href='/areas/porvoo/budget']").ClassList);

        navigation.NavigateTo("/areas/porvoo");
        menu.WaitForAssertion(() => Assert.Equal("/areas/porvoo", Assert.Single(menu.FindAll("a[aria-current=page]")).GetAttribute("href")));
        // "/areas/porvoo-2" is another area, not below this one.
        navigation.NavigateTo("/areas/porvoo-2/budget");
        menu.WaitForAssertion(() => Assert.Empty(menu.FindAll("a[aria-current=page]")));
    }

    [Fact]
    public void A_click_on_a_link_tells_the_drawer_it_is_in()
    {
        var drawer = new DrawerProbe();
        var menu = Render<CascadingValue<MudBlazor.Interfaces.INavigationEventReceiver>>(ps => ps
            .Add(p => p.Value, drawer)
            .AddChildContent<NavMenu>(m => m.Add(p => p.Area, Porvoo(AreaRole.Planner))));
        menu.Find("a[href='/areas/porvoo/plan']").Click();
        Assert.Equal(1, drawer.Navigations);
    }

    private sealed class DrawerProbe : MudBlazor.Interfaces.INavigationEventReceiver
    {
        public int Navigations { get; private set; }

        public Task OnNavigation()
        {
            Navigations++;
            return Task.CompletedTask;
        }
    }
}
