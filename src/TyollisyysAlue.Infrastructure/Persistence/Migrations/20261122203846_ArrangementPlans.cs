using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TyollisyysAlue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ArrangementPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plan_goals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_goals", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_goals_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version_date = table.Column<DateOnly>(type: "date", nullable: false),
                    language = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    counterpart_id = table.Column<Guid>(type: "uuid", nullable: true),
                    based_on_id = table.Column<Guid>(type: "uuid", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decision_body = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_section = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_versions", x => x.id);
                    table.CheckConstraint("ck_plan_versions_language", "language IN ('fi', 'sv')");
                    table.ForeignKey(
                        name: "fk_plan_versions_employment_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "employment_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_versions_plan_versions_based_on_id",
                        column: x => x.based_on_id,
                        principalTable: "plan_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_plan_versions_plan_versions_counterpart_id",
                        column: x => x.counterpart_id,
                        principalTable: "plan_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "plan_actions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    goal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_actions_plan_goals_goal_id",
                        column: x => x.goal_id,
                        principalTable: "plan_goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_metrics",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    goal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    baseline = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    target = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    target_year = table.Column<int>(type: "integer", nullable: true),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_metrics", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_metrics_plan_goals_goal_id",
                        column: x => x.goal_id,
                        principalTable: "plan_goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_sections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false),
                    heading = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    statutory = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    live_blocks = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    frozen_tables_json = table.Column<string>(type: "jsonb", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_sections", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_sections_plan_sections_parent_id",
                        column: x => x.parent_id,
                        principalTable: "plan_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_sections_plan_versions_version_id",
                        column: x => x.version_id,
                        principalTable: "plan_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    section_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    quote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    author = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_comments_plan_comments_parent_id",
                        column: x => x.parent_id,
                        principalTable: "plan_comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_comments_plan_sections_section_id",
                        column: x => x.section_id,
                        principalTable: "plan_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_comments_plan_versions_version_id",
                        column: x => x.version_id,
                        principalTable: "plan_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_drafts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    section_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    base_version = table.Column<long>(type: "bigint", nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_drafts", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_drafts_plan_sections_section_id",
                        column: x => x.section_id,
                        principalTable: "plan_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_section_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    section_id = table.Column<Guid>(type: "uuid", nullable: false),
                    heading = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    saved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_section_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_section_revisions_plan_sections_section_id",
                        column: x => x.section_id,
                        principalTable: "plan_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_area_id",
                table: "plan_actions",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_goal_id",
                table: "plan_actions",
                column: "goal_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_comments_area_id",
                table: "plan_comments",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_comments_parent_id",
                table: "plan_comments",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_comments_section_id",
                table: "plan_comments",
                column: "section_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_comments_version_id",
                table: "plan_comments",
                column: "version_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_drafts_area_id",
                table: "plan_drafts",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_drafts_section_id_user_id",
                table: "plan_drafts",
                columns: new[] { "section_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_goals_area_id",
                table: "plan_goals",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_metrics_area_id",
                table: "plan_metrics",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_metrics_goal_id",
                table: "plan_metrics",
                column: "goal_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_section_revisions_area_id",
                table: "plan_section_revisions",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_section_revisions_section_id_saved_at",
                table: "plan_section_revisions",
                columns: new[] { "section_id", "saved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_sections_area_id",
                table: "plan_sections",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_sections_parent_id",
                table: "plan_sections",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_sections_version_id_statutory",
                table: "plan_sections",
                columns: new[] { "version_id", "statutory" },
                unique: true,
                filter: "statutory IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_plan_versions_area_id",
                table: "plan_versions",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_versions_area_id_language_status",
                table: "plan_versions",
                columns: new[] { "area_id", "language", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_versions_based_on_id",
                table: "plan_versions",
                column: "based_on_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_versions_counterpart_id",
                table: "plan_versions",
                column: "counterpart_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_actions");

            migrationBuilder.DropTable(
                name: "plan_comments");

            migrationBuilder.DropTable(
                name: "plan_drafts");

            migrationBuilder.DropTable(
                name: "plan_metrics");

            migrationBuilder.DropTable(
                name: "plan_section_revisions");

            migrationBuilder.DropTable(
                name: "plan_goals");

            migrationBuilder.DropTable(
                name: "plan_sections");

            migrationBuilder.DropTable(
                name: "plan_versions");
        }
    }
}
