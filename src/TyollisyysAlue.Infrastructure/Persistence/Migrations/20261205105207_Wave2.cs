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

            migrationBuilder.AddColumn<int>(
                name: "scopes",
                table: "api_tokens",
                type: "integer",
                nullable: false,
                defaultValue: 1);

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

            migrationBuilder.CreateIndex(
                name: "ix_import_mappings_area_id",
                table: "import_mappings",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_import_mappings_area_id_signature",
                table: "import_mappings",
                columns: new[] { "area_id", "signature" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "import_mappings");

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
                name: "scopes",
                table: "api_tokens");
        }
    }
}
