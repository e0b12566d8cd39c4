namespace TyollisyysAlue.Web.Components.Shared.Pasting;

/// <summary>Text pasted on a grid by Ctrl+V, and the row (0-based, as the grid's paste target counts) that had the focus.</summary>
public sealed record GridPasted(string Text, int? Row);
