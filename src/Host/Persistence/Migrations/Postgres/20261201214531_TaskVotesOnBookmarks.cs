using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TaskVotesOnBookmarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "votes",
                table: "wf_bookmarks",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "votes",
                table: "wf_bookmarks");
        }
    }
}
