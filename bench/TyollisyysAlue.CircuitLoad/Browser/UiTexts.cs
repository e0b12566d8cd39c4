using TyollisyysAlue.Texts;

namespace TyollisyysAlue.CircuitLoad.Browser;

/// <summary>
/// What the user reads on the pages the driver uses, from the app's own resource table (strings.tsv) in Finnish, the
/// language a new browser gets: a renamed tab or label changes here by itself instead of breaking the driver.
/// </summary>
internal static class UiTexts
{
    private static readonly TextTable Fi = TextTable.In(TextTable.Finnish);

    public static string Email => Fi["SignIn.Email"];
    public static string Password => Fi["SignIn.Password"];
    public static string SignIn => Fi["SignIn.Submit"];
    public static string SplitTab => Fi["Split.Tab"];
    public static string ScheduleTab => Fi["Schedule.Tab"];
    public static string BudgetTab => Fi["Budget.Tab"];
    public static string Label => Fi["Budget.Label"];
    public static string Category => Fi["Budget.Category"];
    public static string OperatingCosts => Fi["Expense.OperatingCosts"];
    public static string Amount => Fi["Budget.Amount"];
    public static string EditLine(string label) => Fi["Budget.EditLine", label];
    public static string AutosavedPrefix => Fi["Plan.Autosaved"].Split("{0}")[0].Trim();
}
