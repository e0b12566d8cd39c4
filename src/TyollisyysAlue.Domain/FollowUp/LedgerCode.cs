namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>Account and cost-centre codes compare as numbers when both are digits ("4300" &lt; "43001"), else as text.</summary>
public static class LedgerCode
{
    public static int Compare(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Length > 0 && right.Length > 0 && left.All(char.IsAsciiDigit) && right.All(char.IsAsciiDigit))
        {
            var a = left.TrimStart('0');
            var b = right.TrimStart('0');
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
        }
        return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
    }

    public static bool InRange(string code, string from, string? to) =>
        Compare(code, from) >= 0 && Compare(code, string.IsNullOrWhiteSpace(to) ? from : to) <= 0;
}
