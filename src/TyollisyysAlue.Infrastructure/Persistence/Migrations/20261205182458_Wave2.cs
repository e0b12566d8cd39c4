using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Wave2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_year_end_reconciliations_area_id_year",
                table: "year_end_reconciliations");

            migrationBuilder.DropIndex(
                name: "ix_budget_revisions_area_id_year_from_month",
                table: "budget_revisions");

            migrationBuilder.AddColumn<string>(
                name: "cancel_reason",
                table: "year_end_reconciliations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                table: "year_end_reconciliations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cancelled_by",
                table: "year_end_reconciliations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "computed_from_actuals",
                table: "year_end_reconciliations",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cost_recorded_at",
                table: "year_end_reconciliations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cost_recorded_by",
                table: "year_end_reconciliations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "cost_source",
                table: "year_end_reconciliations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "override_reason",
                table: "year_end_reconciliations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "live_blocks",
                table: "plan_sections",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<decimal>(
                name: "baseline_value",
                table: "plan_metrics",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "series_indicator_code",
                table: "plan_metrics",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "series_municipality",
                table: "plan_metrics",
                type: "character(3)",
                fixedLength: true,
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "target_value",
                table: "plan_metrics",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "municipalities",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "source_date",
                table: "municipalities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "formula",
                table: "indicators",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "unit",
                table: "indicators",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Persons");

            migrationBuilder.AddColumn<string>(
                name: "cancel_reason",
                table: "budget_revisions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                table: "budget_revisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cancelled_by",
                table: "budget_revisions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "budget_revisions",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<int>(
                name: "scopes",
                table: "api_tokens",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "accessibility_feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sender_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sender_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    page = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    answer_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accessibility_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_accessibility_feedback_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "benefit_liability_estimates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    municipality_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benefit_liability_estimates", x => x.id);
                    table.CheckConstraint("ck_benefit_liability_estimates_amount", "amount >= 0");
                    table.ForeignKey(
                        name: "fk_benefit_liability_estimates_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_benefit_liability_estimates_municipalities_municipality_code",
                        column: x => x.municipality_code,
                        principalTable: "municipalities",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "benefit_liability_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    from_day = table.Column<int>(type: "integer", nullable: false),
                    to_day = table.Column<int>(type: "integer", nullable: true),
                    municipal_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    entered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benefit_liability_steps", x => x.id);
                    table.CheckConstraint("ck_benefit_liability_steps_percent", "municipal_percent >= 0 AND municipal_percent <= 100");
                });

            migrationBuilder.CreateTable(
                name: "import_mappings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    signature = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    mapping_json = table.Column<string>(type: "jsonb", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_mappings", x => x.id);
                    table.ForeignKey(
                        name: "fk_import_mappings_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ledger_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    months = table.Column<int[]>(type: "integer[]", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    imported_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    undone_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    undone_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    replaced_by = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_imports", x => x.id);
                    table.ForeignKey(
                        name: "fk_ledger_imports_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ledger_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_from = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    account_to = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    cost_centre_from = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    cost_centre_to = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_rules", x => x.id);
                    table.ForeignKey(
                        name: "fk_ledger_rules_budget_lines_budget_line_id",
                        column: x => x.budget_line_id,
                        principalTable: "budget_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ledger_rules_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "line_forecasts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_line_forecasts", x => x.id);
                    table.ForeignKey(
                        name: "fk_line_forecasts_budget_lines_budget_line_id",
                        column: x => x.budget_line_id,
                        principalTable: "budget_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "line_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    months = table.Column<decimal[]>(type: "numeric(18,2)[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_line_profiles", x => x.id);
                    table.ForeignKey(
                        name: "fk_line_profiles_budget_lines_budget_line_id",
                        column: x => x.budget_line_id,
                        principalTable: "budget_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "member_invoices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    reconciliation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_invoices", x => x.id);
                    table.ForeignKey(
                        name: "fk_member_invoices_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_member_invoices_municipalities_municipality_code",
                        column: x => x.municipality_code,
                        principalTable: "municipalities",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "member_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    imported_from = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_payments", x => x.id);
                    table.ForeignKey(
                        name: "fk_member_payments_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_member_payments_municipalities_municipality_code",
                        column: x => x.municipality_code,
                        principalTable: "municipalities",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "membership_proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scenario_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    scenario_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    joining = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    leaving = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    proposed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_membership_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_membership_proposals_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "municipal_financing_figures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    municipality_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    entered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipal_financing_figures", x => x.id);
                    table.CheckConstraint("ck_municipal_financing_figures_amount", "amount >= 0");
                    table.ForeignKey(
                        name: "fk_municipal_financing_figures_municipalities_municipality_code",
                        column: x => x.municipality_code,
                        principalTable: "municipalities",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "national_parameters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    entered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_national_parameters", x => x.id);
                    table.CheckConstraint("ck_national_parameters_value", "value >= 0");
                });

            migrationBuilder.CreateTable(
                name: "what_if_scenarios",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changes_json = table.Column<string>(type: "jsonb", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_what_if_scenarios", x => x.id);
                    table.ForeignKey(
                        name: "fk_what_if_scenarios_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "years_ahead_assumptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_year = table.Column<int>(type: "integer", nullable: false),
                    growth_json = table.Column<string>(type: "jsonb", nullable: false),
                    trends_json = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_years_ahead_assumptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_years_ahead_assumptions_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    account = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cost_centre = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    project = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    posting_date = table.Column<DateOnly>(type: "date", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_ledger_entries_budget_lines_budget_line_id",
                        column: x => x.budget_line_id,
                        principalTable: "budget_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ledger_entries_ledger_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "ledger_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_year_end_reconciliations_area_id_year",
                table: "year_end_reconciliations",
                columns: new[] { "area_id", "year" },
                unique: true,
                filter: "cancelled_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_plan_metrics_series_indicator_code",
                table: "plan_metrics",
                column: "series_indicator_code");

            migrationBuilder.CreateIndex(
                name: "ix_plan_metrics_series_municipality",
                table: "plan_metrics",
                column: "series_municipality");

            migrationBuilder.CreateIndex(
                name: "ix_budget_revisions_area_id_year_from_month",
                table: "budget_revisions",
                columns: new[] { "area_id", "year", "from_month" },
                unique: true,
                filter: "cancelled_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_area_id_entity_type",
                table: "audit_entries",
                columns: new[] { "area_id", "entity_type" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_area_id_user_name",
                table: "audit_entries",
                columns: new[] { "area_id", "user_name" });

            migrationBuilder.CreateIndex(
                name: "ix_accessibility_feedback_area_id_answered_at",
                table: "accessibility_feedback",
                columns: new[] { "area_id", "answered_at" });

            migrationBuilder.CreateIndex(
                name: "ix_benefit_liability_estimates_area_id",
                table: "benefit_liability_estimates",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_benefit_liability_estimates_area_id_year_municipality_code",
                table: "benefit_liability_estimates",
                columns: new[] { "area_id", "year", "municipality_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_benefit_liability_estimates_municipality_code",
                table: "benefit_liability_estimates",
                column: "municipality_code");

            migrationBuilder.CreateIndex(
                name: "ix_benefit_liability_steps_year_from_day",
                table: "benefit_liability_steps",
                columns: new[] { "year", "from_day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_import_mappings_area_id",
                table: "import_mappings",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_import_mappings_area_id_signature",
                table: "import_mappings",
                columns: new[] { "area_id", "signature" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_area_id",
                table: "ledger_entries",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_area_id_year_month_budget_line_id",
                table: "ledger_entries",
                columns: new[] { "area_id", "year", "month", "budget_line_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_budget_line_id",
                table: "ledger_entries",
                column: "budget_line_id");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_entries_import_id",
                table: "ledger_entries",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_imports_area_id",
                table: "ledger_imports",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_imports_area_id_year",
                table: "ledger_imports",
                columns: new[] { "area_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_rules_area_id",
                table: "ledger_rules",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_rules_budget_line_id",
                table: "ledger_rules",
                column: "budget_line_id");

            migrationBuilder.CreateIndex(
                name: "ix_line_forecasts_area_id",
                table: "line_forecasts",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_line_forecasts_area_id_budget_line_id",
                table: "line_forecasts",
                columns: new[] { "area_id", "budget_line_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_line_forecasts_budget_line_id",
                table: "line_forecasts",
                column: "budget_line_id");

            migrationBuilder.CreateIndex(
                name: "ix_line_profiles_area_id",
                table: "line_profiles",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_line_profiles_area_id_budget_line_id",
                table: "line_profiles",
                columns: new[] { "area_id", "budget_line_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_line_profiles_budget_line_id",
                table: "line_profiles",
                column: "budget_line_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_invoices_area_id",
                table: "member_invoices",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_invoices_area_id_year_municipality_code_month_kind",
                table: "member_invoices",
                columns: new[] { "area_id", "year", "municipality_code", "month", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_member_invoices_municipality_code",
                table: "member_invoices",
                column: "municipality_code");

            migrationBuilder.CreateIndex(
                name: "ix_member_invoices_reconciliation_id",
                table: "member_invoices",
                column: "reconciliation_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_payments_area_id",
                table: "member_payments",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_payments_area_id_reference",
                table: "member_payments",
                columns: new[] { "area_id", "reference" });

            migrationBuilder.CreateIndex(
                name: "ix_member_payments_area_id_year_municipality_code",
                table: "member_payments",
                columns: new[] { "area_id", "year", "municipality_code" });

            migrationBuilder.CreateIndex(
                name: "ix_member_payments_municipality_code",
                table: "member_payments",
                column: "municipality_code");

            migrationBuilder.CreateIndex(
                name: "ix_membership_proposals_area_id",
                table: "membership_proposals",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_membership_proposals_area_id_closed_at",
                table: "membership_proposals",
                columns: new[] { "area_id", "closed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_municipal_financing_figures_municipality_code",
                table: "municipal_financing_figures",
                column: "municipality_code");

            migrationBuilder.CreateIndex(
                name: "ix_municipal_financing_figures_year_kind_municipality_code",
                table: "municipal_financing_figures",
                columns: new[] { "year", "kind", "municipality_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_national_parameters_year_code",
                table: "national_parameters",
                columns: new[] { "year", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_what_if_scenarios_area_id",
                table: "what_if_scenarios",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_what_if_scenarios_area_id_year_name",
                table: "what_if_scenarios",
                columns: new[] { "area_id", "year", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_years_ahead_assumptions_area_id",
                table: "years_ahead_assumptions",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_years_ahead_assumptions_area_id_budget_year",
                table: "years_ahead_assumptions",
                columns: new[] { "area_id", "budget_year" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_plan_metrics_indicators_series_indicator_code",
                table: "plan_metrics",
                column: "series_indicator_code",
                principalTable: "indicators",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_plan_metrics_municipalities_series_municipality",
                table: "plan_metrics",
                column: "series_municipality",
                principalTable: "municipalities",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_plan_metrics_indicators_series_indicator_code",
                table: "plan_metrics");

            migrationBuilder.DropForeignKey(
                name: "fk_plan_metrics_municipalities_series_municipality",
                table: "plan_metrics");

            migrationBuilder.DropTable(
                name: "accessibility_feedback");

            migrationBuilder.DropTable(
                name: "benefit_liability_estimates");

            migrationBuilder.DropTable(
                name: "benefit_liability_steps");

            migrationBuilder.DropTable(
                name: "import_mappings");

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "ledger_rules");

            migrationBuilder.DropTable(
                name: "line_forecasts");

            migrationBuilder.DropTable(
                name: "line_profiles");

            migrationBuilder.DropTable(
                name: "member_invoices");

            migrationBuilder.DropTable(
                name: "member_payments");

            migrationBuilder.DropTable(
                name: "membership_proposals");

            migrationBuilder.DropTable(
                name: "municipal_financing_figures");

            migrationBuilder.DropTable(
                name: "national_parameters");

            migrationBuilder.DropTable(
                name: "what_if_scenarios");

            migrationBuilder.DropTable(
                name: "years_ahead_assumptions");

            migrationBuilder.DropTable(
                name: "ledger_imports");

            migrationBuilder.DropIndex(
                name: "ix_year_end_reconciliations_area_id_year",
                table: "year_end_reconciliations");

            migrationBuilder.DropIndex(
                name: "ix_plan_metrics_series_indicator_code",
                table: "plan_metrics");

            migrationBuilder.DropIndex(
                name: "ix_plan_metrics_series_municipality",
                table: "plan_metrics");

            migrationBuilder.DropIndex(
                name: "ix_budget_revisions_area_id_year_from_month",
                table: "budget_revisions");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_area_id_entity_type",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_area_id_user_name",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "cancel_reason",
                table: "year_end_reconciliations");

            migrationBuilder.DropColumn(
                name: "cancelled_at",
                table: "year_end_reconciliations");

            migrationBuilder.DropColumn(
                name: "cancelled_by",
                table: "year_end_reconciliations");

            migrationBuilder.DropColumn(
                name: "computed_from_actuals",
                table: "year_end_reconciliations");

            migrationBuilder.DropColumn(
                name: "cost_recorded_at",
                table: "year_end_reconciliations");

            migrationBuilder.DropColumn(
                name: "cost_recorded_by",
                table: "year_end_reconciliations");

            migrationBuilder.DropColumn(
                name: "cost_source",
                table: "year_end_reconciliations");

            migrationBuilder.DropColumn(
                name: "override_reason",
                table: "year_end_reconciliations");

            migrationBuilder.DropColumn(
                name: "baseline_value",
                table: "plan_metrics");

            migrationBuilder.DropColumn(
                name: "series_indicator_code",
                table: "plan_metrics");

            migrationBuilder.DropColumn(
                name: "series_municipality",
                table: "plan_metrics");

            migrationBuilder.DropColumn(
                name: "target_value",
                table: "plan_metrics");

            migrationBuilder.DropColumn(
                name: "source",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "source_date",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "formula",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "unit",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "cancel_reason",
                table: "budget_revisions");

            migrationBuilder.DropColumn(
                name: "cancelled_at",
                table: "budget_revisions");

            migrationBuilder.DropColumn(
                name: "cancelled_by",
                table: "budget_revisions");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "budget_revisions");

            migrationBuilder.DropColumn(
                name: "scopes",
                table: "api_tokens");

            migrationBuilder.AlterColumn<string>(
                name: "live_blocks",
                table: "plan_sections",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000);

            migrationBuilder.CreateIndex(
                name: "ix_year_end_reconciliations_area_id_year",
                table: "year_end_reconciliations",
                columns: new[] { "area_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budget_revisions_area_id_year_from_month",
                table: "budget_revisions",
                columns: new[] { "area_id", "year", "from_month" },
                unique: true);
        }
    }
}
