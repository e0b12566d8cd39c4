using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CostSharingData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "allocation_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_year = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_main = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_allocation_keys", x => x.id);
                    table.ForeignKey(
                        name: "fk_allocation_keys_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "budgets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    stated_income_total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    stated_expense_total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgets", x => x.id);
                    table.ForeignKey(
                        name: "fk_budgets_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_fi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicators", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "budget_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    expense_category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    income_category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    range_low = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    range_high = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    municipality_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budget_lines", x => x.id);
                    table.CheckConstraint("ck_budget_lines_amount", "amount >= 0");
                    table.CheckConstraint("ck_budget_lines_range", "range_low IS NULL OR range_high IS NULL OR range_low <= range_high");
                    table.ForeignKey(
                        name: "fk_budget_lines_budgets_budget_id",
                        column: x => x.budget_id,
                        principalTable: "budgets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_budget_lines_municipalities_municipality_code",
                        column: x => x.municipality_code,
                        principalTable: "municipalities",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicator_values",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    municipality_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    on_date = table.Column<DateOnly>(type: "date", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_values", x => x.id);
                    table.CheckConstraint("ck_indicator_values_non_negative", "value >= 0");
                    table.ForeignKey(
                        name: "fk_indicator_values_indicators_indicator_code",
                        column: x => x.indicator_code,
                        principalTable: "indicators",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_indicator_values_municipalities_municipality_code",
                        column: x => x.municipality_code,
                        principalTable: "municipalities",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "key_criteria",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    indicator_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    weight_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    reference_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reference_date = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_key_criteria", x => x.id);
                    table.CheckConstraint("ck_key_criteria_weight", "weight_percent >= 0 AND weight_percent <= 100");
                    table.ForeignKey(
                        name: "fk_key_criteria_allocation_keys_key_id",
                        column: x => x.key_id,
                        principalTable: "allocation_keys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_key_criteria_indicators_indicator_code",
                        column: x => x.indicator_code,
                        principalTable: "indicators",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_allocation_keys_area_id",
                table: "allocation_keys",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_allocation_keys_area_id_budget_year_name",
                table: "allocation_keys",
                columns: new[] { "area_id", "budget_year", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budget_lines_area_id",
                table: "budget_lines",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_budget_lines_budget_id",
                table: "budget_lines",
                column: "budget_id");

            migrationBuilder.CreateIndex(
                name: "ix_budget_lines_municipality_code",
                table: "budget_lines",
                column: "municipality_code");

            migrationBuilder.CreateIndex(
                name: "ix_budgets_area_id",
                table: "budgets",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_budgets_area_id_year",
                table: "budgets",
                columns: new[] { "area_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_area_id",
                table: "indicator_values",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_area_id_indicator_code_municipality_code_o",
                table: "indicator_values",
                columns: new[] { "area_id", "indicator_code", "municipality_code", "on_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_indicator_code",
                table: "indicator_values",
                column: "indicator_code");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_municipality_code",
                table: "indicator_values",
                column: "municipality_code");

            migrationBuilder.CreateIndex(
                name: "ix_key_criteria_area_id",
                table: "key_criteria",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_key_criteria_indicator_code",
                table: "key_criteria",
                column: "indicator_code");

            migrationBuilder.CreateIndex(
                name: "ix_key_criteria_key_id",
                table: "key_criteria",
                column: "key_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "budget_lines");

            migrationBuilder.DropTable(
                name: "indicator_values");

            migrationBuilder.DropTable(
                name: "key_criteria");

            migrationBuilder.DropTable(
                name: "budgets");

            migrationBuilder.DropTable(
                name: "allocation_keys");

            migrationBuilder.DropTable(
                name: "indicators");
        }
    }
}
