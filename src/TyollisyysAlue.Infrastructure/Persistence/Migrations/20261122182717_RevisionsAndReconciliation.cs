using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RevisionsAndReconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "budget_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    from_month = table.Column<int>(type: "integer", nullable: false),
                    shared_cost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    decision_reference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budget_revisions", x => x.id);
                    table.CheckConstraint("ck_budget_revisions_month", "from_month BETWEEN 1 AND 12");
                    table.ForeignKey(
                        name: "fk_budget_revisions_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "year_end_reconciliations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    actual_shared_cost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    carry_to_year = table.Column<int>(type: "integer", nullable: true),
                    decision_reference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_year_end_reconciliations", x => x.id);
                    table.ForeignKey(
                        name: "fk_year_end_reconciliations_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_budget_revisions_area_id",
                table: "budget_revisions",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_budget_revisions_area_id_year_from_month",
                table: "budget_revisions",
                columns: new[] { "area_id", "year", "from_month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_year_end_reconciliations_area_id",
                table: "year_end_reconciliations",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_year_end_reconciliations_area_id_year",
                table: "year_end_reconciliations",
                columns: new[] { "area_id", "year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "budget_revisions");

            migrationBuilder.DropTable(
                name: "year_end_reconciliations");
        }
    }
}
