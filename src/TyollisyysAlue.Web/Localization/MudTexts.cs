using Microsoft.Extensions.Localization;
using MudBlazor;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Localization;

/// <summary>
/// MudBlazor's built-in texts (button labels a screen reader reads: "Next page", "Close", "Open calendar") in the
/// reader's language from strings.tsv, under "Mud.{MudBlazor's key}"; a key without a row falls back to MudBlazor's English.
/// </summary>
public sealed class MudTexts(IStringLocalizer<SharedResource> l) : MudLocalizer
{
    public override LocalizedString this[string key] => Translate(key, []);

    public override LocalizedString this[string key, params object[] arguments] => Translate(key, arguments);

    private LocalizedString Translate(string key, object[] arguments)
    {
        var text = arguments.Length == 0 ? l[$"Mud.{key}"] : l[$"Mud.{key}", arguments];
        return text.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : new LocalizedString(key, text.Value);
    }
}
