using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Postgres
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

            migrationBuilder.DropColumn(
                name: "current_step",
                table: "service_cases");

            migrationBuilder.AddColumn<string>(
                name: "current_stage",
                table: "wf_instances",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "current_stage",
                table: "service_cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_service_cases_status_current_step",
                table: "service_cases",
                columns: new[] { "status", "current_step" });
        }
    }
}
