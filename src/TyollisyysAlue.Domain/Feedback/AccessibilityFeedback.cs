using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Feedback;

/// <summary>
/// A message sent with the accessibility statement's feedback form (Act 306/2019: the provider answers within
/// <see cref="AnswerDays"/> days). Anyone may send one, signed in or not. It concerns one employment area or, when the
/// sender does not know or means the whole service, none: then only the system administrator sees it.
/// Not <see cref="IAreaOwned"/>, because the area is optional; its row-level security is written for it
/// (RowLevelSecurity.FeedbackPolicies): an area's rows for that area, rows without an area for the system administrator.
/// </summary>
[GlobalData("Feedback may concern no area; its own row-level security keeps an area's feedback to that area and the rest to the system administrator.")]
public class AccessibilityFeedback
{
    public const int AnswerDays = 14;
    public const int MaxMessageLength = 4000;
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxPageLength = 500;
    public const int MaxNoteLength = 2000;

    public AccessibilityFeedback(Guid id, DateTimeOffset receivedAt, Guid? areaId, string? senderName, string? senderEmail,
        string? page, string message)
    {
        if (string.IsNullOrWhiteSpace(message)) throw new DomainException("Feedback.Validation.MessageRequired", "A feedback message needs text.");
        if (message.Length > MaxMessageLength) throw new DomainException("Feedback.Validation.MessageTooLong", "The message is too long.");
        Id = id;
        ReceivedAt = receivedAt;
        AreaId = areaId;
        SenderName = senderName;
        SenderEmail = senderEmail;
        Page = page;
        Message = message;
    }

    public Guid Id { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    /// <summary>The area the feedback concerns; null for "don't know / the whole service".</summary>
    public Guid? AreaId { get; private set; }
    public string? SenderName { get; private set; }
    public string? SenderEmail { get; private set; }
    /// <summary>The page or service the feedback is about, as the sender put it.</summary>
    public string? Page { get; private set; }
    public string Message { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }
    public string? AnswerNote { get; private set; }

    /// <summary>
    /// Optimistic concurrency, counted by the domain rather than PostgreSQL's xmin: an anonymous sender may insert a row
    /// it may not read back (row-level security), and reading xmin back after the insert would need that right.
    /// </summary>
    public uint Version { get; private set; }

    /// <summary>The Finnish calendar day by which an answer is due: the day of receipt plus 14 days.</summary>
    public DateOnly AnswerDue => DueFor(ReceivedAt);

    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>Unanswered after its due day (Finnish time).</summary>
    public bool IsOverdue(DateTimeOffset now) => !IsAnswered && HelsinkiTime.DayOf(now) > AnswerDue;

    public static DateOnly DueFor(DateTimeOffset receivedAt) => HelsinkiTime.DayOf(receivedAt).AddDays(AnswerDays);

    public void MarkAnswered(DateTimeOffset at, string by, string? note)
    {
        if (IsAnswered) throw new DomainException("Feedback.AlreadyAnswered", "The feedback was already marked answered.");
        if (note is { Length: > MaxNoteLength }) throw new DomainException("Validation.TooLong", "The note is too long.");
        AnsweredAt = at;
        AnsweredBy = by;
        AnswerNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Version++;
    }
}
