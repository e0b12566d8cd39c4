using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Payments2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_year_end_reconciliations_area_id_year",
                table: "year_end_reconciliations");

            migrationBuilder.DropIndex(
                name: "ix_budget_revisions_area_id_year_from_month",
                table: "budget_revisions");

            migrationBuilder.AddColumn<string>(
                name: "cancel_reason",
                table: "year_end_reconciliations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                table: "year_end_reconciliations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cancelled_by",
                table: "year_end_reconciliations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "imported_from",
                table: "member_payments",
                type: "character varying(260)",
                maxLength: 260,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "reconciliation_id",
                table: "member_invoices",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cancel_reason",
                table: "budget_revisions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                table: "budget_revisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cancelled_by",
                table: "budget_revisions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "budget_revisions",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateIndex(
                name: "ix_year_end_reconciliations_area_id_year",
                table: "year_end_reconciliations",
                columns: new[] { "area_id", "year" },
                unique: true,
                filter: "cancelled_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_member_payments_area_id_reference",
                table: "member_payments",
                columns: new[] { "area_id", "reference" });

            migrationBuilder.CreateIndex(
                name: "ix_member_invoices_reconciliation_id",
                table: "member_invoices",
                column: "reconciliation_id");

            migrationBuilder.CreateIndex(
                name: "ix_budget_revisions_area_id_year_from_month",
                table: "budget_revisions",
                columns: new[] { "area_id", "year", "from_month" },
                unique: true,
                filter: "cancelled_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_year_end_reconciliations_area_id_year",
                table: "year_end_reconciliations");

            migrationBuilder.DropIndex(
                name: "ix_member_payments_area_id_reference",
                table: "member_payments");

            migrationBuilder.DropIndex(
                name: "ix_member_invoices_reconciliation_id",
                table: "member_invoices");

            migrationBuilder.DropIndex(
                name: "ix_budget_revisions_area_id_year_from_month",
                table: "budget_revisions");

            migrationBuilder.DropColumn(
                name: "cancel_reason",
                table: "year_end_reconciliations");

            migrationBuilder.DropColumn(
                name: "cancelled_at",
                table: "year_end_reconciliations");

            migrationBuilder.DropColumn(
                name: "cancelled_by",
                table: "year_end_reconciliations");

            migrationBuilder.DropColumn(
                name: "imported_from",
                table: "member_payments");

            migrationBuilder.DropColumn(
                name: "reconciliation_id",
                table: "member_invoices");

            migrationBuilder.DropColumn(
                name: "cancel_reason",
                table: "budget_revisions");

            migrationBuilder.DropColumn(
                name: "cancelled_at",
                table: "budget_revisions");

            migrationBuilder.DropColumn(
                name: "cancelled_by",
                table: "budget_revisions");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "budget_revisions");

            migrationBuilder.CreateIndex(
                name: "ix_year_end_reconciliations_area_id_year",
                table: "year_end_reconciliations",
                columns: new[] { "area_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budget_revisions_area_id_year_from_month",
                table: "budget_revisions",
                columns: new[] { "area_id", "year", "from_month" },
                unique: true);
        }
    }
}
