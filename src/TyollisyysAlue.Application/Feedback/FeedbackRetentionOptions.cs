namespace TyollisyysAlue.Application.Feedback;

/// <summary>
/// How long accessibility feedback is kept (configuration section "Feedback"). Two years by default: long enough to
/// answer it, to follow up a complaint to the supervisory authority and to see recurring problems across a year's
/// releases; the privacy notice states the configured value. Older feedback is deleted by the daily retention job,
/// and the values of its audit entries (which repeat the sender's name, e-mail and message) are cleared then too.
/// </summary>
public sealed class FeedbackRetentionOptions
{
    public const string Section = "Feedback";

    public int RetentionDays { get; set; } = 730;
}
