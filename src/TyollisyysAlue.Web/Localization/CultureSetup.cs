using System.Globalization;
using Microsoft.AspNetCore.Localization;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Localization;

/// <summary>Finnish by default; Swedish and English by the user's choice (culture cookie). Finnish number and date formats.</summary>
public static class CultureSetup
{
    public const string Finnish = "fi-FI";
    public const string Swedish = "sv-FI";
    public const string English = "en-FI";
    public static readonly string[] Supported = [Finnish, Swedish, English];

    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        // MudBlazor's own screen-reader texts ("Next page", "Close", "Open") from the same table (issue 12.10).
        services.AddTransient<MudBlazor.MudLocalizer, MudTexts>();
        return services;
    }

    public static void UseAppLocalization(this WebApplication app)
    {
        // Finnish number, date and time formats in every language (the one rule, Formats).
        var cultures = Supported.Select(Formats.CultureOf).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(cultures[0]),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        // Only the user's explicit choice counts: the browser's Accept-Language must not override the Finnish default.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        app.UseRequestLocalization(options);
    }

    /// <summary>The current request's or circuit's language, "fi", "sv" or "en".</summary>
    public static string Language => TextTable.Current.Language;
}
