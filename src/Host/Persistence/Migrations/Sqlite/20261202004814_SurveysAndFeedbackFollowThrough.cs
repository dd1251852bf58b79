using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveysAndFeedbackFollowThrough : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "member_id",
                table: "feedback_items",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<DateTime>(
                name: "adopted_at",
                table: "feedback_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "channel",
                table: "feedback_items",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "Website");

            migrationBuilder.AddColumn<Guid>(
                name: "department_id",
                table: "feedback_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "due_at",
                table: "feedback_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "escalated_at",
                table: "feedback_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "improvement",
                table: "feedback_items",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "owner_user_id",
                table: "feedback_items",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "rated_at",
                table: "feedback_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "rating",
                table: "feedback_items",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recorded_by",
                table: "feedback_items",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "replies",
                table: "feedback_items",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "case_surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_type_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    closed_as = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    closes_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reminded_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    answered_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_surveys", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_surveys_service_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "service_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_answers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    survey_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    service_type_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    answered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    score = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: false),
                    lowest_score = table.Column<int>(type: "INTEGER", nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    scores = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_answers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "survey_questions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_type_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    text_ar = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    text_en = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    low_score_reasons = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_questions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "survey_follow_ups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    answer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    service_type_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    opened_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    action_taken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "FK_survey_follow_ups_survey_answers_answer_id",
                        column: x => x.answer_id,
                        principalTable: "survey_answers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_feedback_items_adopted_at",
                table: "feedback_items",
                column: "adopted_at");

            migrationBuilder.CreateIndex(
                name: "IX_feedback_items_answered_at_escalated_at_due_at",
                table: "feedback_items",
                columns: new[] { "answered_at", "escalated_at", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_case_surveys_answered_at_sent_at_reminded_at",
                table: "case_surveys",
                columns: new[] { "answered_at", "sent_at", "reminded_at" });

            migrationBuilder.CreateIndex(
                name: "IX_case_surveys_case_id",
                table: "case_surveys",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_surveys_member_id_answered_at_closes_at",
                table: "case_surveys",
                columns: new[] { "member_id", "answered_at", "closes_at" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_answers_member_id",
                table: "survey_answers",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "IX_survey_answers_month",
                table: "survey_answers",
                column: "month");

            migrationBuilder.CreateIndex(
                name: "IX_survey_answers_survey_id",
                table: "survey_answers",
                column: "survey_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_survey_follow_ups_answer_id",
                table: "survey_follow_ups",
                column: "answer_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_survey_follow_ups_closed_at_due_at",
                table: "survey_follow_ups",
                columns: new[] { "closed_at", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_questions_service_type_code_position",
                table: "survey_questions",
                columns: new[] { "service_type_code", "position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_surveys");

            migrationBuilder.DropTable(
                name: "survey_follow_ups");

            migrationBuilder.DropTable(
                name: "survey_questions");

            migrationBuilder.DropTable(
                name: "survey_answers");

            migrationBuilder.DropIndex(
                name: "IX_feedback_items_adopted_at",
                table: "feedback_items");

            migrationBuilder.DropIndex(
                name: "IX_feedback_items_answered_at_escalated_at_due_at",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "adopted_at",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "channel",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "department_id",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "due_at",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "escalated_at",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "improvement",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "owner_user_id",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "rated_at",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "rating",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "recorded_by",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "replies",
                table: "feedback_items");

            migrationBuilder.AlterColumn<Guid>(
                name: "member_id",
                table: "feedback_items",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
