using Serilog;
using TyollisyysAlue.Application;
using TyollisyysAlue.Infrastructure.Auditing;
using TyollisyysAlue.Web.Api;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Components;
using TyollisyysAlue.Web.Exports;
using TyollisyysAlue.Web.Hosting;
using TyollisyysAlue.Web.Localization;
using TyollisyysAlue.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddAppLogging();
builder.Services.AddApplication();
builder.Services.AddAppDatabase();
builder.Services.ProtectKeysAtRest(builder.Configuration, builder.Environment);
builder.Services.AddAppAuthentication(builder.Configuration);
builder.Services.AddAppApi();
builder.Services.AddAppRateLimiting(builder.Configuration);
builder.Services.AddAppLocalization();
builder.Services.AddAppUi();
builder.Services.AddAppCircuits(builder.Configuration);
builder.Services.AddAppHealthChecks();
builder.Services.AddAppTelemetry(builder.Configuration);
builder.Services.AddAppReverseProxy(builder.Configuration);
builder.Services.AddAppMail(builder.Configuration);
builder.Services.AddPublicNotices(builder.Configuration);
builder.Services.AddAuditRetention(builder.Configuration);
builder.Services.AddStatFin(builder.Configuration);

var app = builder.Build();

await app.StartDatabaseAsync();

app.UseAppReverseProxy(); // first: everything after it sees the client's address, not the proxy's
app.UseNodeNameHeader(app.Configuration); // X-Node: which node answered (off unless Hosting:NodeName is set)
app.UseAppErrorHandling();
app.UseApiProblemResponses();
app.UseSecurityHeaders();
app.UseSerilogRequestLogging();
app.UseAppLocalization();
app.UseAppMetricsEndpoint(); // before the rate limiter and sign-in: Prometheus scrapes from loopback only
app.UseRateLimiter(); // before authentication: a refused request costs no database query
app.UseAuthentication();
app.UseMiddleware<AreaContextMiddleware>(); // before authorization: the area policy reads the user's own roles under RLS
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapAppHealthChecks();
app.MapForcedGc(); // off by default; loopback only (bench/README.md)
app.MapCultureEndpoints();
app.MapAccountEndpoints();
var areaEndpoints = app.MapAreaEndpoints(); // /areas/{AreaKey}/…: authorized and entered once, by the group
areaEndpoints.MapCostSplitExports();
areaEndpoints.MapPlanExports();
areaEndpoints.MapAuditExport();
areaEndpoints.MapServiceExports();
areaEndpoints.MapIndicatorSeriesExports();
areaEndpoints.MapOfficesExports();
areaEndpoints.MapFollowUpReport();
areaEndpoints.MapFollowUpExports();
areaEndpoints.MapFinancingExports();
areaEndpoints.MapYearsAheadExports();
areaEndpoints.MapMemberStatements();
app.MapApiDocument();
app.MapApiEndpoints();
app.MapRazorComponents<App>()
    // Our own CSP (SecurityHeaders) already says frame-ancestors 'none'; don't add Blazor's second header.
    .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
