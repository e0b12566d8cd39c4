using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Feedback;
using TyollisyysAlue.Domain.Memberships;

namespace TyollisyysAlue.Infrastructure.Persistence.Tenancy;

/// <summary>
/// The PostgreSQL side of tenant isolation, generated from the EF model so that every area-owned table gets it:
/// RLS enabled and FORCEd (binds the table owner too) with a policy on the per-connection <c>app.area_id</c>.
/// Idempotent; run after migrations by the owner role.
/// </summary>
public static class RowLevelSecurity
{
    public const string PolicyName = "area_isolation";

    private const string Functions = """
        CREATE OR REPLACE FUNCTION app_current_area() RETURNS uuid LANGUAGE sql STABLE AS
        $$ SELECT coalesce(nullif(current_setting('app.area_id', true), ''), '00000000-0000-0000-0000-000000000000')::uuid $$;
        CREATE OR REPLACE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE AS
        $$ SELECT coalesce(nullif(current_setting('app.user_id', true), ''), '00000000-0000-0000-0000-000000000000')::uuid $$;
        """;

    public static IEnumerable<(string Table, string AreaColumn)> AreaOwnedTables(IModel model) =>
        model.GetEntityTypes()
            .Where(e => !e.IsOwned() && TenancyModel.IsAreaOwned(e) && e.GetTableName() is not null)
            .Select(e => (e.GetTableName()!, e.FindProperty(nameof(IAreaOwned.AreaId))!.GetColumnName()))
            .Distinct();

    public static string Script(IModel model)
    {
        var sql = new System.Text.StringBuilder(Functions);
        foreach (var (table, column) in AreaOwnedTables(model))
        {
            sql.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"""
                ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
                ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS {PolicyName} ON "{table}";
                CREATE POLICY {PolicyName} ON "{table}" USING ("{column}" = app_current_area()) WITH CHECK ("{column}" = app_current_area());
                """);
        }
        // A user lists their own areas before choosing one: their own role assignments are readable in every area.
        var assignments = model.FindEntityType(typeof(AreaRoleAssignment))!;
        var userColumn = assignments.FindProperty(nameof(AreaRoleAssignment.UserId))!.GetColumnName();
        sql.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"""
            DROP POLICY IF EXISTS own_role_assignments ON "{assignments.GetTableName()}";
            CREATE POLICY own_role_assignments ON "{assignments.GetTableName()}" FOR SELECT USING ("{userColumn}" = app_current_user());
            """);
        sql.AppendLine(ClaimPolicies(model.FindEntityType(typeof(MunicipalityAreaClaim))!.GetTableName()!));
        sql.AppendLine(FeedbackPolicies(model.FindEntityType(typeof(AccessibilityFeedback))!.GetTableName()!));
        return sql.ToString();
    }

    /// <summary>
    /// Which area holds which municipality is readable by every area (the second claimant must learn who holds it),
    /// but an area writes only its own claims (through the trigger on its memberships).
    /// </summary>
    private static string ClaimPolicies(string table) => $"""
        ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
        ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS claims_readable ON "{table}";
        CREATE POLICY claims_readable ON "{table}" FOR SELECT USING (true);
        DROP POLICY IF EXISTS claims_insert_own ON "{table}";
        CREATE POLICY claims_insert_own ON "{table}" FOR INSERT WITH CHECK (area_id = app_current_area());
        DROP POLICY IF EXISTS claims_update_own ON "{table}";
        CREATE POLICY claims_update_own ON "{table}" FOR UPDATE USING (area_id = app_current_area()) WITH CHECK (area_id = app_current_area());
        DROP POLICY IF EXISTS claims_delete_own ON "{table}";
        CREATE POLICY claims_delete_own ON "{table}" FOR DELETE USING (area_id = app_current_area());
        """;

    /// <summary>
    /// Accessibility feedback (its area is optional, so it is not generated with the area-owned tables): anyone may add
    /// a row for the area entered for the write or for no area, without reading it back; an area's rows are read and
    /// answered only by that area's administrators, rows without an area only by an active system administrator; the
    /// owner's retention job deletes old rows in any area.
    /// </summary>
    private static string FeedbackPolicies(string table) => $"""
        CREATE OR REPLACE FUNCTION app_may_read_feedback(feedback_area uuid) RETURNS boolean LANGUAGE sql STABLE AS
        $$ SELECT CASE WHEN feedback_area IS NULL
              THEN EXISTS (SELECT 1 FROM users u WHERE u.id = app_current_user() AND u.is_system_administrator AND u.is_active)
              ELSE feedback_area = app_current_area() AND EXISTS (SELECT 1 FROM area_role_assignments r JOIN users u ON u.id = r.user_id
                   WHERE r.user_id = app_current_user() AND r.area_id = feedback_area AND r.role = 'Administrator' AND u.is_active)
           END $$;
        CREATE OR REPLACE FUNCTION app_feedback_owner() RETURNS name LANGUAGE sql STABLE AS
        $$ SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{table}' $$;
        ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
        ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS feedback_insert ON "{table}";
        CREATE POLICY feedback_insert ON "{table}" FOR INSERT WITH CHECK (area_id IS NULL OR area_id = app_current_area());
        DROP POLICY IF EXISTS feedback_read ON "{table}";
        CREATE POLICY feedback_read ON "{table}" FOR SELECT USING (app_may_read_feedback(area_id));
        DROP POLICY IF EXISTS feedback_answer ON "{table}";
        CREATE POLICY feedback_answer ON "{table}" FOR UPDATE USING (app_may_read_feedback(area_id)) WITH CHECK (app_may_read_feedback(area_id));
        DROP POLICY IF EXISTS feedback_delete ON "{table}";
        CREATE POLICY feedback_delete ON "{table}" FOR DELETE USING (app_may_read_feedback(area_id));
        -- The daily retention job (FeedbackRetention) runs as the table's owner, who could switch RLS off anyway.
        -- (A DELETE with a WHERE clause must also see the rows, hence the read policy beside it.)
        DROP POLICY IF EXISTS feedback_retention_read ON "{table}";
        CREATE POLICY feedback_retention_read ON "{table}" FOR SELECT USING (current_user = app_feedback_owner());
        DROP POLICY IF EXISTS feedback_retention ON "{table}";
        CREATE POLICY feedback_retention ON "{table}" FOR DELETE USING (current_user = app_feedback_owner());
        """;
}
