namespace TyollisyysAlue.Application.Common.Writing;

/// <summary>What a row editor posts: the row (null = new) and the row version the editor started from.</summary>
public interface IRowForm
{
    Guid? Id { get; }
    uint Version { get; set; }
}
