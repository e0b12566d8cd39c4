using Microsoft.AspNetCore.Components;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Feedback;
using TyollisyysAlue.Web.Components.Shared;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Components.Pages.Public;

/// <summary>
/// Sends accessibility feedback through the write pipeline (<see cref="SendFeedback"/>, open to anyone). On success the
/// sender sees when the answer is due (14 days, Finnish dates); on a refusal the form stays as typed with the reason.
/// </summary>
public partial class FeedbackForm
{
    private IReadOnlyList<FeedbackAreaChoices.Choice> _areas = [];
    private FluentValidationValidator? _validator;
    private DateTimeOffset? _sent;
    private bool _withoutEmail;
    private string? _problem;

    [Inject] private SendFeedback Send { get; set; } = default!;
    [Inject] private FeedbackAreaChoices Areas { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "a11y-feedback")] private SendFeedbackForm? Form { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Form ??= new SendFeedbackForm();
        _areas = await Areas.LoadAsync(CultureSetup.Language);
    }

    private async Task SendAsync()
    {
        switch (await Send.RunAsync(Form!))
        {
            case WriteOutcome<SendFeedbackForm>.Saved:
                _sent = Clock.GetUtcNow();
                _withoutEmail = string.IsNullOrWhiteSpace(Form!.Email);
                break;
            case WriteOutcome<SendFeedbackForm>.Invalid invalid:
                _validator?.Show(invalid.Errors);
                break;
            default:
                _problem = L["Write.Unavailable"];
                break;
        }
    }
}
