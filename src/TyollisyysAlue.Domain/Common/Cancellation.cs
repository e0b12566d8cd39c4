namespace TyollisyysAlue.Domain.Common;

/// <summary>
/// Who cancelled a recorded decision (a revision, a reconciliation), when and why. A cancelled record stays in place,
/// visible as cancelled; it cannot be cancelled again.
/// </summary>
public sealed record Cancellation(string By, DateTimeOffset At, string Reason)
{
    public const int MaxReasonLength = 500;
    public const string AlreadyCancelled = "Cancel.Already";

    /// <summary>The cancellation of a record that has <paramref name="existing"/> (null: not cancelled yet).</summary>
    public static Cancellation Of(Cancellation? existing, string by, DateTimeOffset at, string reason)
    {
        if (existing is not null) throw new DomainException(AlreadyCancelled, "A cancelled record cannot be cancelled again.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Cancel.ReasonRequired", "A cancellation needs a reason.");
        return new Cancellation(by, at, reason.Trim());
    }
}
