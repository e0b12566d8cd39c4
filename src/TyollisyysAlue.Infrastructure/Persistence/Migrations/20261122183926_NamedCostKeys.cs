using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NamedCostKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "key_id",
                table: "budget_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_budget_lines_key_id",
                table: "budget_lines",
                column: "key_id");

            migrationBuilder.AddForeignKey(
                name: "fk_budget_lines_allocation_keys_key_id",
                table: "budget_lines",
                column: "key_id",
                principalTable: "allocation_keys",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_budget_lines_allocation_keys_key_id",
                table: "budget_lines");

            migrationBuilder.DropIndex(
                name: "ix_budget_lines_key_id",
                table: "budget_lines");

            migrationBuilder.DropColumn(
                name: "key_id",
                table: "budget_lines");
        }
    }
}
