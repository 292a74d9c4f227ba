using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Meetings.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "meetings");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "meetings",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recipient_department = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    dedup_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    read_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "series",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cadence = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    online_link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    chair_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    chair_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    property_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    agenda_template = table.Column<List<string>>(type: "text[]", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_order = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    online_link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    property_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    chair_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    chair_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agenda = table.Column<List<string>>(type: "text[]", nullable: false),
                    report_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    report_to = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_meetings_series_organization_id_series_id",
                        columns: x => new { x.organization_id, x.series_id },
                        principalSchema: "meetings",
                        principalTable: "series",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    department = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_decisions_meetings_organization_id_meeting_id",
                        columns: x => new { x.organization_id, x.meeting_id },
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "minutes",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    distributed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_minutes", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_minutes_meetings_organization_id_id",
                        columns: x => new { x.organization_id, x.id },
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "minutes_deliveries",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recipient_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_minutes_deliveries", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_minutes_deliveries_meetings_organization_id_meeting_id",
                        columns: x => new { x.organization_id, x.meeting_id },
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "minutes_readings",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_minutes_readings", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_minutes_readings_meetings_organization_id_meeting_id",
                        columns: x => new { x.organization_id, x.meeting_id },
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    attendance = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participants", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_participants_meetings_organization_id_meeting_id",
                        columns: x => new { x.organization_id, x.meeting_id },
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "problems",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    root_cause = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    responsible_department = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    proposed_measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    record_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    record_id = table.Column<Guid>(type: "uuid", nullable: true),
                    raised_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_problems", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_problems_meetings_organization_id_meeting_id",
                        columns: x => new { x.organization_id, x.meeting_id },
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_comments",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    author_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_comments", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_report_comments_meetings_organization_id_meeting_id",
                        columns: x => new { x.organization_id, x.meeting_id },
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_snapshots",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    module_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name_zh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    available = table.Column<bool>(type: "boolean", nullable: false),
                    unavailable_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    report = table.Column<string>(type: "jsonb", nullable: true),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    comment_author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_snapshots", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_report_snapshots_meetings_organization_id_meeting_id",
                        columns: x => new { x.organization_id, x.meeting_id },
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resource_requests",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    approved_quantity = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    approved_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    decision_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    conflict_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finance_route = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    budget_remaining = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    budget_sufficient = table.Column<bool>(type: "boolean", nullable: true),
                    fund_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    finance_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    finance_approved_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resource_requests", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_resource_requests_meetings_organization_id_meeting_id",
                        columns: x => new { x.organization_id, x.meeting_id },
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "action_items",
                schema: "meetings",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    problem_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    owner_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    owner_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    department = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expected_outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    target_module_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    target_indicator_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    target_comparison = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    target_value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    progress = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    progress_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reminded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    escalated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_items", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_action_items_meetings_organization_id_meeting_id",
                        columns: x => new { x.organization_id, x.meeting_id },
                        principalSchema: "meetings",
                        principalTable: "meetings",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_action_items_problems_organization_id_problem_id",
                        columns: x => new { x.organization_id, x.problem_id },
                        principalSchema: "meetings",
                        principalTable: "problems",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_action_items_organization_id_meeting_id",
                schema: "meetings",
                table: "action_items",
                columns: new[] { "organization_id", "meeting_id" });

            migrationBuilder.CreateIndex(
                name: "ix_action_items_organization_id_owner_user_id_status",
                schema: "meetings",
                table: "action_items",
                columns: new[] { "organization_id", "owner_user_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_action_items_organization_id_problem_id",
                schema: "meetings",
                table: "action_items",
                columns: new[] { "organization_id", "problem_id" });

            migrationBuilder.CreateIndex(
                name: "ix_action_items_organization_id_series_id_status",
                schema: "meetings",
                table: "action_items",
                columns: new[] { "organization_id", "series_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_action_items_organization_id_status_due_at",
                schema: "meetings",
                table: "action_items",
                columns: new[] { "organization_id", "status", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_decisions_organization_id_meeting_id",
                schema: "meetings",
                table: "decisions",
                columns: new[] { "organization_id", "meeting_id" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_organization_id_series_id_starts_at",
                schema: "meetings",
                table: "meetings",
                columns: new[] { "organization_id", "series_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_organization_id_starts_at",
                schema: "meetings",
                table: "meetings",
                columns: new[] { "organization_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_minutes_organization_id_distributed_at",
                schema: "meetings",
                table: "minutes",
                columns: new[] { "organization_id", "distributed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_minutes_deliveries_organization_id_meeting_id_channel_recip",
                schema: "meetings",
                table: "minutes_deliveries",
                columns: new[] { "organization_id", "meeting_id", "channel", "recipient_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_minutes_readings_organization_id_meeting_id_user_id",
                schema: "meetings",
                table: "minutes_readings",
                columns: new[] { "organization_id", "meeting_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_organization_id_dedup_key",
                schema: "meetings",
                table: "notifications",
                columns: new[] { "organization_id", "dedup_key" },
                unique: true,
                filter: "dedup_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_organization_id_recipient_department_created_",
                schema: "meetings",
                table: "notifications",
                columns: new[] { "organization_id", "recipient_department", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_organization_id_recipient_user_id_created_at",
                schema: "meetings",
                table: "notifications",
                columns: new[] { "organization_id", "recipient_user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_occurred_at",
                schema: "meetings",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_participants_organization_id_meeting_id_user_id",
                schema: "meetings",
                table: "participants",
                columns: new[] { "organization_id", "meeting_id", "user_id" },
                unique: true,
                filter: "user_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_participants_organization_id_user_id",
                schema: "meetings",
                table: "participants",
                columns: new[] { "organization_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_problems_organization_id_meeting_id",
                schema: "meetings",
                table: "problems",
                columns: new[] { "organization_id", "meeting_id" });

            migrationBuilder.CreateIndex(
                name: "ix_report_comments_organization_id_meeting_id_module_id",
                schema: "meetings",
                table: "report_comments",
                columns: new[] { "organization_id", "meeting_id", "module_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_report_snapshots_organization_id_meeting_id_module_id",
                schema: "meetings",
                table: "report_snapshots",
                columns: new[] { "organization_id", "meeting_id", "module_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_resource_requests_organization_id_fund_request_id",
                schema: "meetings",
                table: "resource_requests",
                columns: new[] { "organization_id", "fund_request_id" },
                filter: "fund_request_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_resource_requests_organization_id_meeting_id",
                schema: "meetings",
                table: "resource_requests",
                columns: new[] { "organization_id", "meeting_id" });

            migrationBuilder.CreateIndex(
                name: "ix_series_organization_id_title",
                schema: "meetings",
                table: "series",
                columns: new[] { "organization_id", "title" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_items",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "decisions",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "minutes",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "minutes_deliveries",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "minutes_readings",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "notifications",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "participants",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "report_comments",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "report_snapshots",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "resource_requests",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "problems",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "meetings",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "series",
                schema: "meetings");
        }
    }
}
