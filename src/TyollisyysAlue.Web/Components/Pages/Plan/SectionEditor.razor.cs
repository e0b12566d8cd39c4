using TyollisyysAlue.Texts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Web.Components.Shared;

namespace TyollisyysAlue.Web.Components.Pages.Plan;

public partial class SectionEditor
{
    /// <summary>How long typing must pause before the draft is saved to the server.</summary>
    public static readonly TimeSpan AutosaveDelay = TimeSpan.FromSeconds(2);

    [Inject] private SaveSection Save { get; set; } = default!;
    [Inject] private SaveSectionDraft SaveDraft { get; set; } = default!;
    [Inject] private DiscardSectionDraft DiscardDraft { get; set; } = default!;
    [Inject] private SectionDrafts Drafts { get; set; } = default!;
    [Inject] private WriteFeedback Feedback { get; set; } = default!;
    [Inject] private AreaContext Area { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ILogger<SectionEditor> Logger { get; set; } = default!;

    private SectionForm _form = new();
    private PlanTextEditor? _editor;
    private IJSObjectReference? _module;
    private CancellationTokenSource? _debounce;
    private WriteOutcome<SectionForm>.Conflict? _conflict;
    private DateTimeOffset? _restoredAt;
    private DateTimeOffset? _autosavedAt;
    private string? _localCopy;
    private string? _message;
    private string _lastAutosaved = "";
    private bool _saving;
    private bool _gone;
    private bool _unavailable;
    /// <summary>
    /// The draft has been looked up. The text editor waits for it: created earlier (a slow lookup under load), it showed
    /// the saved text instead of the draft, and what was typed meanwhile was replaced by the draft when the lookup came
    /// back, so the autosave found nothing new to save (found by load runs, issue 17).
    /// </summary>
    private bool _loaded;

    private string StorageKey => $"plan-draft:{Section.Id}:{Area.UserId}";

    private string AutosaveText => _autosavedAt is { } at ? L["Plan.Autosaved", Formats.Time(at)] : L["Plan.AutosaveInfo"];

    protected override async Task OnInitializedAsync()
    {
        _form = SectionForm.From(Section);
        if (await Drafts.FindAsync(Section.Id) is { } draft && draft.Body != Section.Body)
        {
            _form.Body = draft.Body;
            _restoredAt = draft.SavedAt;
            // A draft typed on an older version must not overwrite what was saved since: its save becomes a conflict.
            if (draft.BaseVersion != Section.Version) _form.Rebase("\0", "\0", draft.BaseVersion);
        }
        _lastAutosaved = _form.Body;
        _loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/plan-editor.js");
        var local = await _module.InvokeAsync<string?>("stored", StorageKey);
        if (local is not null && local != _form.Body && local != Section.Body)
        {
            _localCopy = local;
            StateHasChanged();
        }
    }

    /// <summary>Every change in the editor, as Markdown (the browser's copy is already written by then).</summary>
    private void OnEditorChanged(string markdown)
    {
        _form.Body = markdown;
        ScheduleAutosave();
    }

    private Task ShowInEditorAsync(string markdown) => _editor?.ShowAsync(markdown) ?? Task.CompletedTask;

    private async Task RestoreLocalCopyAsync()
    {
        _form.Body = _localCopy ?? _form.Body;
        _localCopy = null;
        await ShowInEditorAsync(_form.Body);
        ScheduleAutosave();
    }

    private void ScheduleAutosave()
    {
        _debounce?.Cancel();
        _debounce?.Dispose();
        _debounce = new CancellationTokenSource();
        _ = AutosaveLaterAsync(_debounce.Token);
    }

    private async Task AutosaveLaterAsync(CancellationToken token)
    {
        try { await Task.Delay(AutosaveDelay, token); }
        catch (OperationCanceledException) { return; }
        try { await InvokeAsync(AutosaveNowAsync); }
        catch (Exception error)
        {
            // Nobody awaits this task: an exception here would vanish with the draft (found by load runs, issue 17).
            Logger.LogError(error, "Autosave of section {Section} failed", Section.Id);
        }
    }

    private async Task AutosaveNowAsync()
    {
        if (_form.Body == _lastAutosaved) return;
        var body = _form.Body;
        // A refused autosave is silent: the text stays here and in the browser's copy; Save reports what happened.
        var outcome = await SaveDraft.RunAsync(new SectionDraftForm(Section.Id, body, _form.Version));
        if (outcome is WriteOutcome<SectionDraftForm>.Saved)
        {
            _lastAutosaved = body;
            _autosavedAt = Clock.GetUtcNow();
            StateHasChanged();
        }
        else
        {
            // Silent for the user by design; the log says which outcome it was (found by load runs, issue 17).
            Logger.LogInformation("Autosave of section {Section} not saved: {Outcome}", Section.Id, outcome.GetType().Name);
        }
    }

    private async Task SaveAsync()
    {
        (_message, _unavailable) = (null, false);
        _saving = true;
        try
        {
            _debounce?.Cancel();
            switch (await Save.RunAsync(_form))
            {
                case WriteOutcome<SectionForm>.Saved:
                    if (_module is not null) await _module.InvokeVoidAsync("forget", StorageKey);
                    _lastAutosaved = _form.Body;
                    await OnSaved.InvokeAsync();
                    break;
                case WriteOutcome<SectionForm>.Conflict conflict:
                    _conflict = conflict; // the refused text is kept as this user's draft by the write path
                    break;
                case WriteOutcome<SectionForm>.Invalid invalid:
                    _message = invalid.Errors[0].ErrorCode; // e.g. Plan.Error.NotDraft: submitted or approved meanwhile
                    break;
                case WriteOutcome<SectionForm>.Gone:
                    _gone = true; // removed by another planner meanwhile: say so, keep the text in the editor
                    break;
                case WriteOutcome<SectionForm>.Forbidden:
                    await Feedback.RightsChangedAsync();
                    break;
                default:
                    _unavailable = true;
                    break;
            }
        }
        finally { _saving = false; }
    }

    /// <summary>The merged text is saved against the other person's version (a conscious choice, never silent).</summary>
    private async Task SaveMergedAsync(string merged)
    {
        var theirs = _conflict!.Theirs!;
        _form.Body = merged;
        _form.Rebase(theirs.Heading, theirs.Body, theirs.Version);
        _conflict = null;
        await SaveAsync();
    }

    private async Task DiscardDraftAsync()
    {
        if (!await Feedback.ReportAsync(await DiscardDraft.RunAsync(new SectionRef(Section.Id)))) return;
        if (_module is not null) await _module.InvokeVoidAsync("forget", StorageKey);
        _form = SectionForm.From(Section);
        _lastAutosaved = _form.Body;
        _restoredAt = null;
        await ShowInEditorAsync(_form.Body);
    }

    private async Task CloseAsync()
    {
        await AutosaveNowAsync();
        await OnClose.InvokeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_debounce is { IsCancellationRequested: false } && _form.Body != _lastAutosaved)
            Logger.LogInformation("Section editor of {Section} disposed with an autosave pending", Section.Id);
        _debounce?.Cancel();
        _debounce?.Dispose();
        if (_module is not null)
        {
            try { await _module.DisposeAsync(); }
            catch (JSDisconnectedException) { /* the circuit is gone; the browser keeps its copy */ }
        }
        GC.SuppressFinalize(this);
    }
}
