using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common.People;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Tests.Plans;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.Tests.People;

/// <summary>Issue 12.10: people are shown by name, looked up when read (IPersonNames), never by their e-mail address.</summary>
[Collection(DatabaseCollection.Name)]
public class PersonNamesTests(DatabaseFixture fixture)
{
    private async Task RenameAsync(Guid userId, string name)
    {
        await using var db = fixture.CreateContext(null);
        var user = await db.Users.FindAsync(userId);
        user!.DisplayName = name;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Comments_show_their_authors_by_name_and_a_renamed_author_by_the_new_name()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        // A sign-in name of this test only: the test database holds accounts of other tests (the app's are unique).
        var annasSignIn = $"anna.{Guid.NewGuid():N}@example.fi";
        var planner = new PlanServicesForTests(fixture, area, annasSignIn);
        var member = new PlanServicesForTests(fixture, area, "kaisa.k@example.fi", AreaRole.CommitteeMember);
        var plan = await planner.NewDraftAsync();
        var section = plan.Sections[0].Section.Id;
        var comment = await member.Review.CommentAsync(section, "Lisätkää henkilöstömäärä.", null);
        await planner.Review.CommentAsync(section, "Lisätty: 85 htv.", null, comment);
        await planner.Review.ResolveAsync(comment, true);
        await RenameAsync(planner.Context.UserId!.Value, "Anna Aalto");

        var thread = Assert.Single(await planner.Review.ThreadsAsync(plan.Version.Id));
        Assert.Equal("kaisa.k", thread.AuthorOf(thread.Comment)); // no name given: the e-mail's local part
        Assert.Equal("Anna Aalto", thread.AuthorOf(Assert.Single(thread.Replies)));
        Assert.Equal("Anna Aalto", thread.ResolvedByName);
        Assert.Equal(annasSignIn, thread.Replies[0].Author); // stored as signed in; shown by name

        await RenameAsync(planner.Context.UserId!.Value, "Anna Virtanen");
        // The next page load (a new scope) shows the new name.
        var later = UseCases.For(fixture, area, "kaisa.k@example.fi", member.Context.UserId!.Value, [AreaRole.CommitteeMember]);
        var again = Assert.Single(await later.Get<PlanReview>().ThreadsAsync(plan.Version.Id));
        Assert.Equal("Anna Virtanen", again.AuthorOf(again.Replies[0]));
        Assert.Equal("Anna Virtanen", again.ResolvedByName);
    }

    [Fact]
    public async Task A_budget_line_saved_meanwhile_names_who_saved_it()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = await UseCases.ForAsync(fixture, area, $"anna.{Guid.NewGuid():N}@example.fi");
        var pekka = await UseCases.ForAsync(fixture, area, "pekka@example.fi");
        await RenameAsync(anna.UserId, "Anna Aalto");
        var form = new BudgetLineForm { Year = 2025, Kind = BudgetLineKind.Expense, ExpenseCategory = ExpenseCategory.Staff, Label = "Henkilöstö", Amount = 1_000m };
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<SaveBudgetLine>().RunAsync(form));
        var line = Assert.Single((await anna.Get<BudgetLinesQuery>().LoadAsync(2025)).Lines);
        var annas = BudgetLineForm.From(line, 2025);
        var pekkas = BudgetLineForm.From(line, 2025);
        annas.Amount = 1_100m;
        pekkas.Amount = 900m;
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<SaveBudgetLine>().RunAsync(annas));

        var conflict = Assert.IsType<WriteOutcome<BudgetLineForm>.Conflict>(await pekka.Get<SaveBudgetLine>().RunAsync(pekkas));
        Assert.Equal("Anna Aalto", conflict.ChangedBy);
    }

    [Fact]
    public async Task A_user_of_another_area_reads_no_comments_and_so_no_names_of_this_one()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var (other, _) = await fixture.CreateAreaAsync();
        var planner = new PlanServicesForTests(fixture, area, "anna.aalto@example.fi");
        var plan = await planner.NewDraftAsync();
        await planner.Review.CommentAsync(plan.Sections[0].Section.Id, "Luonnos.", null);
        var outsider = await UseCases.ForAsync(fixture, other, "ulkopuolinen@example.fi", AreaRole.Administrator);

        Assert.Empty(await outsider.Get<PlanReview>().ThreadsAsync(plan.Version.Id));
        var commentForm = new CommentForm { SectionId = plan.Sections[0].Section.Id, Text = "Vieras" };
        Assert.IsNotType<WriteOutcome<CommentForm>.Saved>(await outsider.Get<AddComment>().RunAsync(commentForm));
    }

    [Theory]
    [InlineData("Anna Aalto", "anna@example.fi", "Anna Aalto")]
    [InlineData("", "anna.aalto@example.fi", "anna.aalto")]
    [InlineData("anna@example.fi", "anna@example.fi", "anna")] // invited before names were asked: the name was the address
    [InlineData("  ", null, "?")]
    public void An_account_shows_its_name_or_the_local_part_of_its_e_mail_never_an_empty_string(string displayName, string? email, string shown) =>
        Assert.Equal(shown, PersonNameBook.NameOf(displayName, email));

    [Fact]
    public void Someone_who_is_not_a_user_shows_as_stored_but_an_e_mail_only_by_its_local_part()
    {
        var book = PersonNameBook.Empty;
        Assert.Equal("Raportointiavain", book.Of("Raportointiavain"));
        Assert.Equal("poistunut", book.Of("poistunut@example.fi"));
        Assert.Null(book.EmailOf("poistunut@example.fi"));
    }
}
