using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MoneyQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "benefit_liability_estimates");

            migrationBuilder.DropTable(
                name: "benefit_liability_steps");

            migrationBuilder.DropTable(
                name: "municipal_financing_figures");

            migrationBuilder.DropTable(
                name: "national_parameters");

            migrationBuilder.DropTable(
                name: "what_if_scenarios");
        }
    }
}
