namespace TyollisyysAlue.Web.Hosting;

/// <summary>
/// With several nodes behind the proxy (docs/deployment.md) it helps to see which node answered: with
/// <c>Hosting:NodeName</c> set, every response carries it in <c>X-Node</c>. Off by default (an empty name adds
/// nothing), so a single server says nothing about its inside. bench/two-node.sh uses it to prove the affinity.
/// </summary>
public static class NodeName
{
    public const string Header = "X-Node";

    public static void UseNodeNameHeader(this IApplicationBuilder app, IConfiguration configuration)
    {
        var name = configuration["Hosting:NodeName"];
        if (string.IsNullOrWhiteSpace(name)) return;
        app.Use((context, next) =>
        {
            // At the start of the response: the error handler clears the headers set before it re-executes.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = name;
                return Task.CompletedTask;
            });
            return next();
        });
    }
}
