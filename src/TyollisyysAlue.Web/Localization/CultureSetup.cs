using System.Globalization;
using Microsoft.AspNetCore.Localization;

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
        return services;
    }

    public static void UseAppLocalization(this WebApplication app)
    {
        var cultures = Supported.Select(FinnishFormatted).ToList();
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

    /// <summary>
    /// Every UI language writes dates and numbers the Finnish way (1.1.2025, 1 234 567,89): that is how
    /// Finland's Swedish- and English-language public documents write them too.
    /// </summary>
    public static CultureInfo FinnishFormatted(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        var finnish = CultureInfo.GetCultureInfo(Finnish);
        culture.DateTimeFormat.ShortDatePattern = finnish.DateTimeFormat.ShortDatePattern;
        culture.DateTimeFormat.DateSeparator = finnish.DateTimeFormat.DateSeparator;
        culture.NumberFormat = (NumberFormatInfo)finnish.NumberFormat.Clone();
        return culture;
    }

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
