namespace TyollisyysAlue.Domain.Common;

/// <summary>
/// Keeps an entity out of the audit log. Every domain entity is audited by default; this explicit opt-out, with its
/// reason in code, is for personal scratch rows written automatically (e.g. autosaved drafts) whose meaningful
/// change is audited elsewhere.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotAuditedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
