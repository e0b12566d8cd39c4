using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OfficesStaffingPartners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partners",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    section = table.Column<int>(type: "integer", nullable: false),
                    cooperation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    contact_person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    agreement = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    agreement_date = table.Column<DateOnly>(type: "date", nullable: true),
                    review_date = table.Column<DateOnly>(type: "date", nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partners", x => x.id);
                    table.CheckConstraint("ck_partners_review", "review_date IS NULL OR agreement_date IS NULL OR review_date >= agreement_date");
                    table.ForeignKey(
                        name: "fk_partners_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "production_areas",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    counted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    staff_low = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    staff_high = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_production_areas", x => x.id);
                    table.CheckConstraint("ck_production_areas_staff", "(staff_low IS NULL OR staff_low >= 0) AND (staff_low IS NULL OR staff_high IS NULL OR staff_low <= staff_high)");
                    table.ForeignKey(
                        name: "fk_production_areas_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_points",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    municipality_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    district = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    walk_in = table.Column<bool>(type: "boolean", nullable: false),
                    opening_hours = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    channels = table.Column<int>(type: "integer", nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_points", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_points_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_service_points_municipalities_municipality_code",
                        column: x => x.municipality_code,
                        principalTable: "municipalities",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    process = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    funding = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    person_years = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_allocations", x => x.id);
                    table.CheckConstraint("ck_staff_allocations_person_years", "person_years >= 0");
                    table.ForeignKey(
                        name: "fk_staff_allocations_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staffing_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    transferring_person_years = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    needed_person_years = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    customers = table.Column<int>(type: "integer", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staffing_plans", x => x.id);
                    table.CheckConstraint("ck_staffing_plans_person_years", "(transferring_person_years IS NULL OR transferring_person_years >= 0) AND (needed_person_years IS NULL OR needed_person_years >= 0)");
                    table.ForeignKey(
                        name: "fk_staffing_plans_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "production_area_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    production_area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    district = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    jobseekers = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_production_area_units", x => x.id);
                    table.CheckConstraint("ck_production_area_units_jobseekers", "jobseekers >= 0");
                    table.ForeignKey(
                        name: "fk_production_area_units_municipalities_municipality_code",
                        column: x => x.municipality_code,
                        principalTable: "municipalities",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_production_area_units_production_areas_production_area_id",
                        column: x => x.production_area_id,
                        principalTable: "production_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_partners_area_id",
                table: "partners",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_production_area_units_area_id",
                table: "production_area_units",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_production_area_units_municipality_code",
                table: "production_area_units",
                column: "municipality_code");

            migrationBuilder.CreateIndex(
                name: "ix_production_area_units_production_area_id",
                table: "production_area_units",
                column: "production_area_id");

            migrationBuilder.CreateIndex(
                name: "ix_production_areas_area_id",
                table: "production_areas",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_points_area_id",
                table: "service_points",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_points_area_id_municipality_code",
                table: "service_points",
                columns: new[] { "area_id", "municipality_code" });

            migrationBuilder.CreateIndex(
                name: "ix_service_points_municipality_code",
                table: "service_points",
                column: "municipality_code");

            migrationBuilder.CreateIndex(
                name: "ix_staff_allocations_area_id",
                table: "staff_allocations",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_staffing_plans_area_id",
                table: "staffing_plans",
                column: "area_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partners");

            migrationBuilder.DropTable(
                name: "production_area_units");

            migrationBuilder.DropTable(
                name: "service_points");

            migrationBuilder.DropTable(
                name: "staff_allocations");

            migrationBuilder.DropTable(
                name: "staffing_plans");

            migrationBuilder.DropTable(
                name: "production_areas");
        }
    }
}
