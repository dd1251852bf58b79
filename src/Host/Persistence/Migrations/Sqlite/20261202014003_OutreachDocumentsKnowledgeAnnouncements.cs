using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutreachDocumentsKnowledgeAnnouncements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "consent_to_contact",
                table: "pending_portal_registrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "consent_to_data_processing",
                table: "pending_portal_registrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "privacy_notice_version",
                table: "pending_portal_registrations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "erased_at",
                table: "members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "gender",
                table: "members",
                type: "INTEGER",
                nullable: true);

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

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "announcements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    text_en = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    segment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    scheduled_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_announcements", x => x.id);
                });

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
                name: "data_breaches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    discovered_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    affected_member_ids = table.Column<string>(type: "TEXT", nullable: false),
                    actions_taken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    authority_notified_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_breaches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_subject_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    opened_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    opened_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    extension_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    extended_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    completed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_subject_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_data_subject_requests_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_articles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    question = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    question_en = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    answer_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    is_published = table.Column<bool>(type: "INTEGER", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    helpful_count = table.Column<int>(type: "INTEGER", nullable: false),
                    not_helpful_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_search_misses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    normalized_query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    searched_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_search_misses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "member_consents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    given = table.Column<bool>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    method = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    privacy_notice_version = table.Column<int>(type: "INTEGER", nullable: true),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_consents", x => x.id);
                    table.ForeignKey(
                        name: "FK_member_consents_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "privacy_notices",
                columns: table => new
                {
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    text_ar = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    text_en = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    published_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_notices", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "reminder_rules",
                columns: table => new
                {
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_rules", x => x.kind);
                });

            migrationBuilder.CreateTable(
                name: "society_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_society_documents", x => x.id);
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
                name: "announcement_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    announcement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    deduplication_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    queued_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_announcement_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "FK_announcement_deliveries_announcements_announcement_id",
                        column: x => x.announcement_id,
                        principalTable: "announcements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_announcement_deliveries_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    file_storage_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    file_content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    file_size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    file_en_storage_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    file_en_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    file_en_content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    file_en_size_bytes = table.Column<long>(type: "INTEGER", nullable: true),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_versions", x => x.id);
                    table.ForeignKey(
                        name: "FK_document_versions_society_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "society_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "document_circulations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_number = table.Column<int>(type: "INTEGER", nullable: false),
                    roles = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    departments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    segment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    circulated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    circulated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    remind_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_circulations", x => x.id);
                    table.ForeignKey(
                        name: "FK_document_circulations_document_versions_version_id",
                        column: x => x.version_id,
                        principalTable: "document_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_document_circulations_society_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "society_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "circulation_recipients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    circulation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    acknowledged_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reminded_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_circulation_recipients", x => x.id);
                    table.ForeignKey(
                        name: "FK_circulation_recipients_document_circulations_circulation_id",
                        column: x => x.circulation_id,
                        principalTable: "document_circulations",
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
                name: "IX_announcement_deliveries_announcement_id_member_id",
                table: "announcement_deliveries",
                columns: new[] { "announcement_id", "member_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_announcement_deliveries_member_id_queued_at",
                table: "announcement_deliveries",
                columns: new[] { "member_id", "queued_at" });

            migrationBuilder.CreateIndex(
                name: "IX_announcements_created_at",
                table: "announcements",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_announcements_sent_at_scheduled_at",
                table: "announcements",
                columns: new[] { "sent_at", "scheduled_at" });

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
                name: "IX_circulation_recipients_circulation_id_member_id",
                table: "circulation_recipients",
                columns: new[] { "circulation_id", "member_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_circulation_recipients_circulation_id_user_id",
                table: "circulation_recipients",
                columns: new[] { "circulation_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_circulation_recipients_member_id",
                table: "circulation_recipients",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "IX_circulation_recipients_user_id",
                table: "circulation_recipients",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_data_breaches_discovered_at",
                table: "data_breaches",
                column: "discovered_at");

            migrationBuilder.CreateIndex(
                name: "IX_data_subject_requests_member_id",
                table: "data_subject_requests",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "IX_data_subject_requests_status_due_at",
                table: "data_subject_requests",
                columns: new[] { "status", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_document_circulations_document_id_circulated_at",
                table: "document_circulations",
                columns: new[] { "document_id", "circulated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_document_circulations_remind_at",
                table: "document_circulations",
                column: "remind_at");

            migrationBuilder.CreateIndex(
                name: "IX_document_circulations_version_id",
                table: "document_circulations",
                column: "version_id");

            migrationBuilder.CreateIndex(
                name: "IX_document_versions_document_id_number",
                table: "document_versions",
                columns: new[] { "document_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_articles_is_published_category",
                table: "knowledge_articles",
                columns: new[] { "is_published", "category" });

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_search_misses_closed_at_normalized_query",
                table: "knowledge_search_misses",
                columns: new[] { "closed_at", "normalized_query" });

            migrationBuilder.CreateIndex(
                name: "IX_member_consents_member_id",
                table: "member_consents",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "IX_society_documents_audience_category",
                table: "society_documents",
                columns: new[] { "audience", "category" });

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
                name: "announcement_deliveries");

            migrationBuilder.DropTable(
                name: "case_surveys");

            migrationBuilder.DropTable(
                name: "circulation_recipients");

            migrationBuilder.DropTable(
                name: "data_breaches");

            migrationBuilder.DropTable(
                name: "data_subject_requests");

            migrationBuilder.DropTable(
                name: "knowledge_articles");

            migrationBuilder.DropTable(
                name: "knowledge_search_misses");

            migrationBuilder.DropTable(
                name: "member_consents");

            migrationBuilder.DropTable(
                name: "privacy_notices");

            migrationBuilder.DropTable(
                name: "reminder_rules");

            migrationBuilder.DropTable(
                name: "survey_follow_ups");

            migrationBuilder.DropTable(
                name: "survey_questions");

            migrationBuilder.DropTable(
                name: "announcements");

            migrationBuilder.DropTable(
                name: "document_circulations");

            migrationBuilder.DropTable(
                name: "survey_answers");

            migrationBuilder.DropTable(
                name: "document_versions");

            migrationBuilder.DropTable(
                name: "society_documents");

            migrationBuilder.DropIndex(
                name: "IX_feedback_items_adopted_at",
                table: "feedback_items");

            migrationBuilder.DropIndex(
                name: "IX_feedback_items_answered_at_escalated_at_due_at",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "consent_to_contact",
                table: "pending_portal_registrations");

            migrationBuilder.DropColumn(
                name: "consent_to_data_processing",
                table: "pending_portal_registrations");

            migrationBuilder.DropColumn(
                name: "privacy_notice_version",
                table: "pending_portal_registrations");

            migrationBuilder.DropColumn(
                name: "erased_at",
                table: "members");

            migrationBuilder.DropColumn(
                name: "gender",
                table: "members");

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

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "AspNetUsers");

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
