using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FollowUp2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.AddColumn<DateOnly>(
                name: "posting_date",
                table: "ledger_entries",
                type: "date",
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "line_profiles");

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
                name: "posting_date",
                table: "ledger_entries");
        }
    }
}
