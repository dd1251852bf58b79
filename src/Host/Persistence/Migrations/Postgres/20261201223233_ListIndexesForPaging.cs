using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ListIndexesForPaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_volunteer_hours_logged_at",
                table: "volunteer_hours",
                column: "logged_at");

            migrationBuilder.CreateIndex(
                name: "IX_service_cases_member_id_created_at",
                table: "service_cases",
                columns: new[] { "member_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_service_cases_status_created_at",
                table: "service_cases",
                columns: new[] { "status", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_volunteer_hours_logged_at",
                table: "volunteer_hours");

            migrationBuilder.DropIndex(
                name: "IX_service_cases_member_id_created_at",
                table: "service_cases");

            migrationBuilder.DropIndex(
                name: "IX_service_cases_status_created_at",
                table: "service_cases");
        }
    }
}
