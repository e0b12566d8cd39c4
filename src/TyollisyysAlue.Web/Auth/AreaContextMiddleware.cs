using TyollisyysAlue.Application.Common;

namespace TyollisyysAlue.Web.Auth;

/// <summary>For plain HTTP requests: the signed-in user becomes the request's <see cref="AreaContext"/> user.</summary>
public sealed class AreaContextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, AreaContext areaContext)
    {
        if (context.User.UserId() is { } userId) areaContext.SetUser(userId, context.User.Identity?.Name, context.User.IsSystemAdministrator());
        return next(context);
    }
}
