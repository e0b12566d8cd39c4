using TyollisyysAlue.Texts;
using FluentValidation.Results;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>
/// The one way the UI tells a user what a write did (<see cref="WriteOutcome{TTheirs}"/>): editors with a form use
/// <see cref="WriteForm{TForm}"/>, which keeps field errors, the conflict panel and the retry beside the form; actions
/// without a form (delete, move, submit…) call <see cref="ReportAsync{T}"/>.
/// </summary>
public sealed class WriteFeedback(ISnackbar snackbar, IStringLocalizer<SharedResource> l, NavigationManager navigation, IDialogService dialogs)
{
    public void Saved(string? messageKey = null) => snackbar.Add(l[messageKey ?? "Write.Saved"], Severity.Success);

    public void Gone() => snackbar.Add(l["Write.Gone"], Severity.Warning);

    public void Unavailable() => snackbar.Add(l["Write.Unavailable"], Severity.Error);

    public void ChangedMeanwhile(string? by, DateTimeOffset? at) =>
        snackbar.Add(l["Write.ChangedMeanwhile", by ?? "?", at is { } when ? Formats.Time(when) : "?"], Severity.Warning);

    /// <summary>Refusals in the user's language, one after another.</summary>
    public string Problems(IEnumerable<ValidationFailure> errors) =>
        string.Join(" ", errors.Select(e => FluentValidationValidator.Translate(l, e)).Distinct());

    /// <summary>
    /// The user's role in the area was removed or lowered after the page opened (the write was refused, nothing saved):
    /// say so, then reload, so that the page shows what the user may do now.
    /// </summary>
    public async Task RightsChangedAsync()
    {
        await dialogs.ShowMessageBoxAsync(l["Write.RightsChangedTitle"], l["Write.RightsChanged"], yesText: l["Write.Reload"]);
        navigation.Refresh(forceReload: true);
    }

    /// <summary>
    /// For panels that show a refusal in place by its resource key: the first error's key of an Invalid outcome, or
    /// <paramref name="goneKey"/> when gone; other outcomes are reported as <see cref="ReportAsync{T}"/> does. Null then, and when saved.
    /// </summary>
    public async Task<string?> RefusalAsync<T>(WriteOutcome<T> outcome, string goneKey = "Write.Gone")
    {
        switch (outcome)
        {
            case WriteOutcome<T>.Saved: return null;
            case WriteOutcome<T>.Invalid invalid: return invalid.Errors[0].ErrorCode;
            case WriteOutcome<T>.Gone: return goneKey;
            default:
                await ReportAsync(outcome);
                return null;
        }
    }

    /// <summary>
    /// Asks before a delete (issue 12.6: one click must not remove a row): the row named in the question, the answer
    /// Delete or Cancel, Cancel the default. True when the person chose Delete.
    /// </summary>
    public async Task<bool> ConfirmDeleteAsync(string what) =>
        await dialogs.ShowMessageBoxAsync(l["Delete.ConfirmTitle", what], l["Delete.ConfirmText"], yesText: l["Delete.Yes"], cancelText: l["Common.Cancel"]) == true;

    /// <summary>Reports an action's outcome (a snackbar, or the rights-changed message); true when it was saved.</summary>
    public async Task<bool> ReportAsync<T>(WriteOutcome<T> outcome, string? savedKey = null)
    {
        switch (outcome)
        {
            case WriteOutcome<T>.Saved:
                if (savedKey is not null) Saved(savedKey);
                return true;
            case WriteOutcome<T>.Invalid invalid:
                snackbar.Add(Problems(invalid.Errors), Severity.Warning);
                return false;
            case WriteOutcome<T>.Conflict conflict:
                ChangedMeanwhile(conflict.ChangedBy, conflict.ChangedAt);
                return false;
            case WriteOutcome<T>.Gone:
                Gone();
                return false;
            case WriteOutcome<T>.Forbidden:
                await RightsChangedAsync();
                return false;
            default:
                Unavailable();
                return false;
        }
    }
}
