using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RuntimeStagesOnInstancesAndCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_service_cases_status_current_step",
                table: "service_cases");

            migrationBuilder.AddColumn<string>(
                name: "current_stage",
                table: "wf_instances",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "current_stage",
                table: "service_cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Cases keep where they stood: the seven steps' numbers become the shipped procedure's stage ids.
            migrationBuilder.Sql("UPDATE service_cases SET current_stage = CASE current_step WHEN 1 THEN 'receive' WHEN 2 THEN 'verify' " +
                "WHEN 3 THEN 'clarify' WHEN 4 THEN 'declaration' WHEN 5 THEN 'committee' WHEN 6 THEN 'registration' WHEN 7 THEN 'deliver' END");

            migrationBuilder.DropColumn(
                name: "current_step",
                table: "service_cases");

            migrationBuilder.CreateIndex(
                name: "IX_service_cases_status_current_stage",
                table: "service_cases",
                columns: new[] { "status", "current_stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_service_cases_status_current_stage",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "current_stage",
                table: "wf_instances");

            migrationBuilder.DropColumn(
                name: "current_stage",
                table: "service_cases");

            migrationBuilder.AddColumn<int>(
                name: "current_step",
                table: "service_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_service_cases_status_current_step",
                table: "service_cases",
                columns: new[] { "status", "current_step" });
        }
    }
}
