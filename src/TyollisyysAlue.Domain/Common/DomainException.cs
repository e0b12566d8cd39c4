namespace TyollisyysAlue.Domain.Common;

/// <summary>A broken business rule. <see cref="Code"/> is a stable key the UI translates.</summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
