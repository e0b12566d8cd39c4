using System.Resources;

[assembly: NeutralResourcesLanguage("fi")]

namespace TyollisyysAlue.Web;

/// <summary>Marker for the UI strings in Resources/SharedResource*.resx (Finnish neutral, Swedish, English).</summary>
public sealed class SharedResource;
