using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseStageVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_stage_visits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    stage_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    definition_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    entered_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    left_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    tasks_with_deadline = table.Column<int>(type: "INTEGER", nullable: false),
                    tasks_within_deadline = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_stage_visits", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_stage_visits_service_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "service_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_stage_visits_case_id_left_at",
                table: "case_stage_visits",
                columns: new[] { "case_id", "left_at" });

            migrationBuilder.CreateIndex(
                name: "IX_case_stage_visits_left_at",
                table: "case_stage_visits",
                column: "left_at");

            // The stays so far, from the engine's journal of stages entered: each ends when the next began; the last stays open
            // (the report ends it at the case's closing). Tasks met by their deadline are counted from now on.
            migrationBuilder.Sql("INSERT INTO case_stage_visits (id, case_id, stage_id, definition_id, version, entered_at, left_at, " +
                "tasks_with_deadline, tasks_within_deadline) " +
                "SELECT j.id, c.id, j.outcome, i.definition_id, i.version, j.started_at, " +
                "LEAD(j.started_at) OVER (PARTITION BY j.instance_id ORDER BY j.sequence), 0, 0 " +
                "FROM wf_journal j JOIN wf_instances i ON i.id = j.instance_id " +
                "JOIN service_cases c ON c.workflow_instance_id = lower(i.id) " +
                "WHERE j.activity_id = '$stage' AND j.outcome IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_stage_visits");
        }
    }
}
