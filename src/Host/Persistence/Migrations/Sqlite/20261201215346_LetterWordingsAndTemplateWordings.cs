using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LetterWordingsAndTemplateWordings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "body",
                table: "case_letters",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "salutation",
                table: "case_letters",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "signatory_name",
                table: "case_letters",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "signatory_title",
                table: "case_letters",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "subject",
                table: "case_letters",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "template_wordings",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    greeting = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    sms = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    signatory_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    signatory_title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_template_wordings", x => new { x.key, x.language });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "template_wordings");

            migrationBuilder.DropColumn(
                name: "body",
                table: "case_letters");

            migrationBuilder.DropColumn(
                name: "salutation",
                table: "case_letters");

            migrationBuilder.DropColumn(
                name: "signatory_name",
                table: "case_letters");

            migrationBuilder.DropColumn(
                name: "signatory_title",
                table: "case_letters");

            migrationBuilder.DropColumn(
                name: "subject",
                table: "case_letters");
        }
    }
}
