using Microsoft.Extensions.Localization;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Web.Components.Pages.Offices;

/// <summary>Display text for office values in the UI language.</summary>
public static class OfficeText
{
    public static readonly ServiceChannels[] Channels = [ServiceChannels.OnSite, ServiceChannels.Phone, ServiceChannels.Video, ServiceChannels.Digital];

    public static string ChannelList(IStringLocalizer l, ServiceChannels channels) =>
        string.Join(", ", Channels.Where(c => channels.HasFlag(c)).Select(c => l[$"Offices.Channel.{c}"].Value));

    public static string Languages(IEnumerable<string> codes) => string.Join(", ", codes);
}
