namespace TyollisyysAlue.CircuitLoad;

/// <summary>Who a simulated user is: the account, its password, the area it works in and the budget year it opens.</summary>
public sealed record CircuitUserProfile(string Email, string Password, string AreaSlug, int Year);

/// <summary>Whether an action is a page navigation (new page, new render tree) or an interaction on an open page.</summary>
/// <summary>
/// How an action is judged: a navigation (a page opened) or an interaction (a click or keystroke answered) against the
/// issue's p95 targets; a background save is timed apart because it waits, by design, for the editor's autosave delay
/// (SectionEditor.AutosaveDelay, 2 s after typing stops) before its message changes.
/// </summary>
public enum ActionKind { Navigation, Interaction, BackgroundSave }

/// <summary>
/// One simulated user holding ONE real interactive Blazor Server circuit. Both drivers implement it: the browser
/// driver (Playwright + Chromium) and the headless driver (Blazor's protocol over SignalR). Each method returns when
/// the page shows the result a user would wait for (the runner times the call), and throws
/// <see cref="CircuitActionException"/> when the app answers with an error, a lost circuit or a missing element.
/// </summary>
public interface ICircuitUser : IAsyncDisposable
{
    CircuitUserProfile Profile { get; }

    /// <summary>
    /// The app node serving this user, from the <c>X-Node</c> header of its last page response (behind a proxy with
    /// sticky sessions the circuit lives on that node); null while unknown or when the app names no node (one server).
    /// </summary>
    string? Node { get; }

    /// <summary>Signs in through the real form (cookie), then opens the area's overview with a live circuit.</summary>
    Task SignInAsync(CancellationToken ct);

    /// <summary>Navigation: <c>/areas/{area}</c>, the overview (dashboard).</summary>
    Task OpenOverviewAsync(CancellationToken ct);

    /// <summary>Navigation: <c>/areas/{area}/budget?year={year}</c>, the cost split of the year.</summary>
    Task OpenBudgetSplitAsync(CancellationToken ct);

    /// <summary>Interaction on the budget page: switches to another tab and back to the split.</summary>
    Task SwitchBudgetTabAsync(CancellationToken ct);

    /// <summary>Interaction on the budget page: opens one member municipality's trace.</summary>
    Task TraceMemberAsync(CancellationToken ct);

    /// <summary>Interaction: edits one budget line's amount and saves it; returns the saved amount.</summary>
    Task<decimal> EditAndSaveBudgetLineAsync(CancellationToken ct);

    /// <summary>Navigation: <c>/areas/{area}/plan</c>, the arrangement plan.</summary>
    Task OpenPlanAsync(CancellationToken ct);

    /// <summary>Interaction: types <paramref name="text"/> into a plan section and waits for the autosave.</summary>
    Task TypeInPlanSectionAsync(string text, CancellationToken ct);

    /// <summary>Downloads an export of the open page (the split's xlsx) and returns its size in bytes.</summary>
    Task<long> DownloadExportAsync(CancellationToken ct);
}

/// <summary>An action that failed the way a user would notice (error page, lost circuit, missing element, timeout).</summary>
public sealed class CircuitActionException(string message, Exception? inner = null) : Exception(message, inner);
