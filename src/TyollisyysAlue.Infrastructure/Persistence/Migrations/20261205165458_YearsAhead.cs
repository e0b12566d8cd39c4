using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class YearsAhead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "live_blocks",
                table: "plan_sections",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

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

            migrationBuilder.CreateIndex(
                name: "ix_years_ahead_assumptions_area_id",
                table: "years_ahead_assumptions",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_years_ahead_assumptions_area_id_budget_year",
                table: "years_ahead_assumptions",
                columns: new[] { "area_id", "budget_year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "years_ahead_assumptions");

            migrationBuilder.AlterColumn<string>(
                name: "live_blocks",
                table: "plan_sections",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000);
        }
    }
}
