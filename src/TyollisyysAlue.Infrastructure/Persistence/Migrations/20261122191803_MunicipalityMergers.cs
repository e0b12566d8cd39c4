using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MunicipalityMergers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "merged_into",
                table: "municipalities",
                type: "character(3)",
                fixedLength: true,
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "merged_on",
                table: "municipalities",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_municipalities_merged_into",
                table: "municipalities",
                column: "merged_into");

            migrationBuilder.AddForeignKey(
                name: "fk_municipalities_municipalities_merged_into",
                table: "municipalities",
                column: "merged_into",
                principalTable: "municipalities",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_municipalities_municipalities_merged_into",
                table: "municipalities");

            migrationBuilder.DropIndex(
                name: "ix_municipalities_merged_into",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "merged_into",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "merged_on",
                table: "municipalities");
        }
    }
}
