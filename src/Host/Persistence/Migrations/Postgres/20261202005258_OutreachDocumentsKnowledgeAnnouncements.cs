using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DomatAljandal.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutreachDocumentsKnowledgeAnnouncements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "announcements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    text_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    segment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    scheduled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_announcements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_articles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    question = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    question_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    answer_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_published = table.Column<bool>(type: "boolean", nullable: false),
                    search_text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    helpful_count = table.Column<int>(type: "integer", nullable: false),
                    not_helpful_count = table.Column<int>(type: "integer", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_search_misses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    query = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_query = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    searched_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_search_misses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminder_rules",
                columns: table => new
                {
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_rules", x => x.kind);
                });

            migrationBuilder.CreateTable(
                name: "society_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_society_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "announcement_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    announcement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    deduplication_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    queued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    file_storage_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    file_content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    file_size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    file_en_storage_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    file_en_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    file_en_content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    file_en_size_bytes = table.Column<long>(type: "bigint", nullable: true),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "document_circulations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    roles = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    departments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    segment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    circulated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    circulated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    remind_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    circulation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    acknowledged_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reminded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                name: "IX_society_documents_audience_category",
                table: "society_documents",
                columns: new[] { "audience", "category" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "announcement_deliveries");

            migrationBuilder.DropTable(
                name: "circulation_recipients");

            migrationBuilder.DropTable(
                name: "knowledge_articles");

            migrationBuilder.DropTable(
                name: "knowledge_search_misses");

            migrationBuilder.DropTable(
                name: "reminder_rules");

            migrationBuilder.DropTable(
                name: "announcements");

            migrationBuilder.DropTable(
                name: "document_circulations");

            migrationBuilder.DropTable(
                name: "document_versions");

            migrationBuilder.DropTable(
                name: "society_documents");
        }
    }
}
