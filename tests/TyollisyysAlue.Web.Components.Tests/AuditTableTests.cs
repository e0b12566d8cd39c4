using TyollisyysAlue.Texts;
using TyollisyysAlue.Domain.Auditing;
using TyollisyysAlue.Application.Common.People;
using TyollisyysAlue.Web.Components.Pages.Admin;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>Issue 12.9: the audit log reads as the pages do — names, formatted values, people by name — and never shows a secret.</summary>
public sealed class AuditTableTests : ComponentTest
{
    private static readonly Guid Area = Guid.NewGuid();
    private static readonly Guid Anna = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 12, 5, 6, 50, 0, TimeSpan.Zero);

    private static AuditEntry Entry(string type, string key, AuditAction action, string? before, string? after) =>
        new(Area, Anna, "anna@example.fi", At, type, key, action, before, after);

    [Fact]
    public void Changes_show_labels_formatted_values_names_and_people_but_no_keys_or_secrets()
    {
        var line = Guid.NewGuid().ToString();
        var token = Guid.NewGuid().ToString();
        var role = Guid.NewGuid().ToString();
        var key = Guid.NewGuid().ToString();
        AuditEntry[] rows =
        [
            Entry("BudgetLineItem", line, AuditAction.Modified, $$"""{"Id":"{{line}}","Amount":1310000.5}""", $$"""{"Id":"{{line}}","Amount":0}"""),
            Entry("ApiToken", token, AuditAction.Added, null, $$"""{"Id":"{{token}}","Name":"Raportointi","SecretHash":"q8F2pX0abc","ExpiresAt":"2027-01-31T22:00:00+00:00"}"""),
            Entry("AreaRoleAssignment", role, AuditAction.Added, null, $$"""{"Id":"{{role}}","UserId":"{{Guid.NewGuid()}}","Role":"Planner"}"""),
            Entry("AllocationKey", key, AuditAction.Modified, """{"Criteria":["Lapinjärvi"],"IsDemo":true}""", """{"Criteria":["Lapinjärvi","Mörskom"],"IsDemo":false}"""),
        ];
        var table = Render<AuditTable>(p => p
            .Add(t => t.Rows, rows)
            .Add(t => t.Names, new Dictionary<string, string> { [line] = "Palkkatuki", [role] = "Anna Aalto" })
            .Add(t => t.People, new PersonNameBook(new Dictionary<string, PersonName>(),
                new Dictionary<Guid, PersonName> { [Anna] = new("Anna Aalto", "anna@example.fi") })));
        var text = table.Find("[data-testid=audit-entries]").TextContent;

        Assert.Contains("Määrä: 1 310 000,50 € → 0,00 €", text.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Contains("Palkkatuki", table.FindAll("[data-testid=audit-object]")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Anna Aalto", table.FindAll("[data-testid=audit-row]")[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("anna@example.fi", text, StringComparison.Ordinal);
        Assert.Equal("anna@example.fi", table.FindAll("[data-testid=audit-user-name]")[0].GetAttribute("title")); // administrators' tooltip
        Assert.Contains("Rooli: – → Suunnittelija", text, StringComparison.Ordinal);
        Assert.Contains("Voimassa asti: – → 1.2.2027 0.00", text, StringComparison.Ordinal); // Finnish time, not UTC
        Assert.Contains("Lapinjärvi", text, StringComparison.Ordinal);
        Assert.Contains("Esittelyarvo: kyllä → ei", text, StringComparison.Ordinal);
        Assert.Contains(Formats.Time(At), text, StringComparison.Ordinal);
        Assert.DoesNotContain("SecretHash", text, StringComparison.Ordinal);
        Assert.DoesNotContain("q8F2pX0abc", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", text, StringComparison.Ordinal);
        foreach (var id in new[] { line, token, role, key }) Assert.DoesNotContain(id, text, StringComparison.Ordinal);
    }
}
