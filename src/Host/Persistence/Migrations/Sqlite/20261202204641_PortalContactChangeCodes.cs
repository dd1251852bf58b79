using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PortalContactChangeCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "new_email",
                table: "portal_codes",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "new_mobile",
                table: "portal_codes",
                type: "TEXT",
                maxLength: 13,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "new_email",
                table: "portal_codes");

            migrationBuilder.DropColumn(
                name: "new_mobile",
                table: "portal_codes");
        }
    }
}
