using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class GoalSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "baseline_value",
                table: "plan_metrics",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "series_indicator_code",
                table: "plan_metrics",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "series_municipality",
                table: "plan_metrics",
                type: "character(3)",
                fixedLength: true,
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "target_value",
                table: "plan_metrics",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_metrics_series_indicator_code",
                table: "plan_metrics",
                column: "series_indicator_code");

            migrationBuilder.CreateIndex(
                name: "ix_plan_metrics_series_municipality",
                table: "plan_metrics",
                column: "series_municipality");

            migrationBuilder.AddForeignKey(
                name: "fk_plan_metrics_indicators_series_indicator_code",
                table: "plan_metrics",
                column: "series_indicator_code",
                principalTable: "indicators",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_plan_metrics_municipalities_series_municipality",
                table: "plan_metrics",
                column: "series_municipality",
                principalTable: "municipalities",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_plan_metrics_indicators_series_indicator_code",
                table: "plan_metrics");

            migrationBuilder.DropForeignKey(
                name: "fk_plan_metrics_municipalities_series_municipality",
                table: "plan_metrics");

            migrationBuilder.DropIndex(
                name: "ix_plan_metrics_series_indicator_code",
                table: "plan_metrics");

            migrationBuilder.DropIndex(
                name: "ix_plan_metrics_series_municipality",
                table: "plan_metrics");

            migrationBuilder.DropColumn(
                name: "baseline_value",
                table: "plan_metrics");

            migrationBuilder.DropColumn(
                name: "series_indicator_code",
                table: "plan_metrics");

            migrationBuilder.DropColumn(
                name: "series_municipality",
                table: "plan_metrics");

            migrationBuilder.DropColumn(
                name: "target_value",
                table: "plan_metrics");
        }
    }
}
