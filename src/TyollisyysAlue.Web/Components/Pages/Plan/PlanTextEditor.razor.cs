using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace TyollisyysAlue.Web.Components.Pages.Plan;

public partial class PlanTextEditor
{
    /// <summary>
    /// The editor shows the text as readers see it, headings below the page's h2 title: a Markdown # is an h3 (PlanHtml's
    /// level of a main section); the editor counts them back when it writes Markdown.
    /// </summary>
    private const int EditorSectionLevel = 1;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary>The text the editor starts with (later changes of this parameter are not shown: use <see cref="ShowAsync"/>).</summary>
    [Parameter, EditorRequired] public string Markdown { get; set; } = "";
    /// <summary>Every change, as Markdown. A plain delegate: typing re-renders nothing.</summary>
    [Parameter, EditorRequired] public Action<string> OnChanged { get; set; } = default!;
    [Parameter, EditorRequired] public string Label { get; set; } = "";
    /// <summary>The editing area's data-testid (its host's is this with "-host").</summary>
    [Parameter, EditorRequired] public string TestId { get; set; } = "";
    /// <summary>Where this browser keeps a copy of the text as it is typed, if anywhere.</summary>
    [Parameter] public string? StorageKey { get; set; }

    private readonly string _id = "plan-text-" + Guid.NewGuid().ToString("N")[..8];
    private ElementReference _host;
    private IJSObjectReference? _module;
    private DotNetObjectReference<PlanTextEditor>? _self;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/plan-editor.js");
        _self = DotNetObjectReference.Create(this);
        await _module.InvokeVoidAsync("create", _host, _self, new
        {
            html = EditorHtml(Markdown),
            headingShift = EditorSectionLevel + 1,
            labelledBy = _id + "-label",
            describedBy = _id + "-help",
            toolbarId = _id + "-toolbar",
            testId = TestId,
            storageKey = StorageKey,
            linkPrompt = L["Plan.Tool.LinkPrompt"].Value,
        });
    }

    /// <summary>Markdown into the editor through the one pipeline and allow-list of the page, PDF and .docx.</summary>
    private static string EditorHtml(string markdown) => PlanMarkdown.ToHtml(markdown, EditorSectionLevel).Value;

    /// <summary>Called by plan-editor.js on every change (after it wrote the browser's copy).</summary>
    [JSInvokable]
    public void OnEditorChanged(string markdown) => OnChanged(markdown);

    /// <summary>Replaces the text shown (a restored copy, the saved text, one side of a conflict).</summary>
    public async Task ShowAsync(string markdown)
    {
        if (_module is not null) await _module.InvokeVoidAsync("setHtml", _host, EditorHtml(markdown));
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("destroy", _host);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException) { /* the circuit is gone; the browser keeps its copy */ }
        }
        _self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
