using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseVerificationDeliveryAndWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "delivery_at",
                table: "service_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivery_by",
                table: "service_cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivery_text",
                table: "service_cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requested_items",
                table: "service_cases",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "requested_note",
                table: "service_cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "verification_override_at",
                table: "service_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "verification_override_by",
                table: "service_cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "verification_override_text",
                table: "service_cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "withdrawal_at",
                table: "service_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "withdrawal_by",
                table: "service_cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "withdrawal_text",
                table: "service_cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "delivery_at",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "delivery_by",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "delivery_text",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "requested_items",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "requested_note",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "verification_override_at",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "verification_override_by",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "verification_override_text",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "withdrawal_at",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "withdrawal_by",
                table: "service_cases");

            migrationBuilder.DropColumn(
                name: "withdrawal_text",
                table: "service_cases");
        }
    }
}
