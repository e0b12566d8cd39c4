namespace TyollisyysAlue.Application.Auditing;

/// <summary>
/// How long the audit log keeps who made a change (configuration section "Audit"). After <see cref="RetentionDays"/>
/// an entry's user is replaced by a pseudonym and its before/after values are cleared; the fact of the change stays.
/// Five years by default: long enough for the audit of a council term's decisions and the statute of limitations of
/// most claims, short enough not to keep names forever. The privacy notice states the configured value.
/// </summary>
public sealed class AuditRetentionOptions
{
    public const string Section = "Audit";

    public int RetentionDays { get; set; } = 5 * 365 + 1;
}
