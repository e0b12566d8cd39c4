using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ServiceCatalogueAndProcurement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "local_services",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name_fi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_local_services", x => x.id);
                    table.ForeignKey(
                        name: "fk_local_services_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "national_services",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name_fi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_national_services", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "service_offerings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    national_service_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    local_service_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    statutory_class = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    target_groups = table.Column<int>(type: "integer", nullable: false),
                    volume = table.Column<int>(type: "integer", nullable: true),
                    volume_unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    cost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    producer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_offerings", x => x.id);
                    table.CheckConstraint("ck_service_offerings_cost", "cost >= 0");
                    table.CheckConstraint("ck_service_offerings_one_service", "(national_service_code IS NULL) <> (local_service_id IS NULL)");
                    table.CheckConstraint("ck_service_offerings_volume", "volume IS NULL OR volume >= 0");
                    table.ForeignKey(
                        name: "fk_service_offerings_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_service_offerings_local_services_local_service_id",
                        column: x => x.local_service_id,
                        principalTable: "local_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_service_offerings_national_services_national_service_code",
                        column: x => x.national_service_code,
                        principalTable: "national_services",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "procurement_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    offering_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    estimated_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    procedure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    direct_award_ground = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    supplier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    tender_date = table.Column<DateOnly>(type: "date", nullable: true),
                    contract_months = table.Column<int>(type: "integer", nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procurement_lines", x => x.id);
                    table.CheckConstraint("ck_procurement_lines_ground", "direct_award_ground IS NULL OR procedure = 'DirectAward'");
                    table.CheckConstraint("ck_procurement_lines_months", "contract_months IS NULL OR contract_months BETWEEN 1 AND 120");
                    table.CheckConstraint("ck_procurement_lines_value", "estimated_value >= 0");
                    table.ForeignKey(
                        name: "fk_procurement_lines_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_procurement_lines_service_offering_offering_id",
                        column: x => x.offering_id,
                        principalTable: "service_offerings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_local_services_area_id",
                table: "local_services",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_procurement_lines_area_id",
                table: "procurement_lines",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_procurement_lines_area_id_year",
                table: "procurement_lines",
                columns: new[] { "area_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_procurement_lines_offering_id",
                table: "procurement_lines",
                column: "offering_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_offerings_area_id",
                table: "service_offerings",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_offerings_area_id_year",
                table: "service_offerings",
                columns: new[] { "area_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_service_offerings_local_service_id",
                table: "service_offerings",
                column: "local_service_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_offerings_national_service_code",
                table: "service_offerings",
                column: "national_service_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "procurement_lines");

            migrationBuilder.DropTable(
                name: "service_offerings");

            migrationBuilder.DropTable(
                name: "local_services");

            migrationBuilder.DropTable(
                name: "national_services");
        }
    }
}
