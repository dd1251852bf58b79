using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenTaskIndexesByDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_is_test_run",
                table: "wf_instances",
                column: "is_test_run",
                filter: "is_test_run");

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_due_at_created_at_id",
                table: "wf_bookmarks",
                columns: new[] { "due_at", "created_at", "id" },
                filter: "consumed_at IS NULL AND kind = 'HumanTask'");

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_role_due_at_created_at_id",
                table: "wf_bookmarks",
                columns: new[] { "role", "due_at", "created_at", "id" },
                filter: "consumed_at IS NULL AND kind = 'HumanTask'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_instances_is_test_run",
                table: "wf_instances");

            migrationBuilder.DropIndex(
                name: "IX_wf_bookmarks_due_at_created_at_id",
                table: "wf_bookmarks");

            migrationBuilder.DropIndex(
                name: "IX_wf_bookmarks_role_due_at_created_at_id",
                table: "wf_bookmarks");
        }
    }
}
