namespace TyollisyysAlue.Application.Common.People;

/// <summary>
/// The one way to show who did something: authors, "last saved by", the audit log's who and the conflict view are
/// stored as the sign-in name (an e-mail) and/or the user's id, and shown by the person's current name, looked up when
/// read — so a renamed person shows their new name everywhere, and no page or export shows an e-mail as a name.
/// </summary>
public interface IPersonNames
{
    /// <summary>One batched look-up of the people behind these sign-in names and user ids (nulls are ignored).</summary>
    Task<PersonNameBook> LookUpAsync(IEnumerable<string?> signInNames, IEnumerable<Guid?>? userIds = null, CancellationToken ct = default);
}
