using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CommitteeSeats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "seat_rule",
                table: "employment_areas",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "OnePerMember");

            migrationBuilder.CreateTable(
                name: "committee_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    deputy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    term_start = table.Column<DateOnly>(type: "date", nullable: false),
                    term_end = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_members", x => x.id);
                    table.CheckConstraint("ck_committee_members_term", "term_end IS NULL OR term_end >= term_start");
                    table.ForeignKey(
                        name: "fk_committee_members_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_committee_members_municipalities_municipality_code",
                        column: x => x.municipality_code,
                        principalTable: "municipalities",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_committee_members_area_id",
                table: "committee_members",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_members_municipality_code",
                table: "committee_members",
                column: "municipality_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "committee_members");

            migrationBuilder.DropColumn(
                name: "seat_rule",
                table: "employment_areas");
        }
    }
}
