using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using TyollisyysAlue.Texts;
using TyollisyysAlue.Web.Api;

namespace TyollisyysAlue.Web.Security;

/// <summary>
/// ASP.NET Core rate limiting (issue 11, finding 4; policy in docs/security.md): posts of the sign-in and invitation
/// forms per client address, posts of the accessibility feedback form per address per hour, the identity provider's back-channel logout posts per address, and the API per client address and per token. Over the limit: 429 with Retry-After,
/// as problem details under /api. Limits per minute come from configuration (RateLimiting:*); the tests raise them
/// (every test client shares one address) except where they test the limit itself. Failed sign-ins per account are
/// throttled by <see cref="SignInThrottle"/>, which can read the form.
/// </summary>
public static class RateLimits
{
    public sealed class Options
    {
        /// <summary>Posts of the sign-in and invitation forms per client address per minute.</summary>
        public int SignInPerAddress { get; set; } = 20;
        /// <summary>API requests per client address per minute.</summary>
        public int ApiPerAddress { get; set; } = 600;
        /// <summary>API requests per token per minute.</summary>
        public int ApiPerToken { get; set; } = 300;
        /// <summary>Failed sign-ins per account and address in <see cref="SignInWindowMinutes"/>.</summary>
        public int FailuresPerAccount { get; set; } = 5;
        public int SignInWindowMinutes { get; set; } = 15;
        /// <summary>Posts of the accessibility feedback form per client address per hour (valid or not: each is a post).</summary>
        public int FeedbackPerAddressPerHour { get; set; } = 5;
        /// <summary>Back-channel logout posts per client address (the identity provider's server) per minute.</summary>
        public int BackChannelLogoutPerAddress { get; set; } = 120;
    }

    /// <summary>The accessibility statement, whose feedback form posts to the page itself.</summary>
    public const string FeedbackPath = "/accessibility";

    private static readonly string[] FormPosts = ["/account/login", "/account/accept-invitation"];

    public static IServiceCollection AddAppRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Options>(configuration.GetSection("RateLimiting"));
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(PerAddress),
                PartitionedRateLimiter.Create<HttpContext, string>(PerToken));
        });
        return services;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context)
    {
        var limits = LimitsOf(context);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (ApiProblems.IsApiRequest(context)) return Window("api-address:" + address, limits.ApiPerAddress);
        if (HttpMethods.IsPost(context.Request.Method) && FormPosts.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)))
            return Window("form-address:" + address, limits.SignInPerAddress);
        if (IsBackChannelLogout(context)) return Window("backchannel-address:" + address, limits.BackChannelLogoutPerAddress);
        if (IsFeedbackPost(context))
            return Window("feedback-address:" + address, limits.FeedbackPerAddressPerHour, TimeSpan.FromHours(1));
        return RateLimitPartition.GetNoLimiter("none");
    }

    /// <summary>The API's "account" is its token: a hash of the header, so no token is kept in memory as such.</summary>
    private static RateLimitPartition<string> PerToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!ApiProblems.IsApiRequest(context) || header.Length == 0) return RateLimitPartition.GetNoLimiter("none");
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(header)));
        return Window("api-token:" + key, LimitsOf(context).ApiPerToken);
    }

    private static bool IsFeedbackPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(FeedbackPath, StringComparison.OrdinalIgnoreCase);

    private static bool IsBackChannelLogout(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(Auth.BackChannelLogout.BackChannelLogoutEndpoint.Path, StringComparison.OrdinalIgnoreCase);

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan? window = null) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = window ?? TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        });

    private static Options LimitsOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Options>>().Value;

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits))
            .LogWarning("Rate limit: {Method} {Path} from {Address} refused for {Seconds} s", context.Request.Method, context.Request.Path,
                context.Connection.RemoteIpAddress, seconds);
        if (ApiProblems.IsApiRequest(context))
        {
            await ApiProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests, new TextCode("Api.TooManyRequests", seconds));
            return;
        }
        if (IsBackChannelLogout(context))
        {
            // The identity provider's server reads the status and Retry-After only: no page in place of the status.
            context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
            return;
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(TextTable.Current[IsFeedbackPost(context) ? "Feedback.TooMany" : "SignIn.TooMany"], ct);
    }
}
