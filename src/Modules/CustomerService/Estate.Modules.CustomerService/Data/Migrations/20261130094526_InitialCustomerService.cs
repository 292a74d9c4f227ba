using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.CustomerService.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCustomerService : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "customer_service");

            migrationBuilder.CreateTable(
                name: "buildings",
                schema: "customer_service",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    floors = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_buildings", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "customer_service",
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
                name: "notices",
                schema: "customer_service",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    building_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recipient_count = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notices", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "customer_service",
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
                name: "service_targets",
                schema: "customer_service",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_response_hours = table.Column<int>(type: "integer", nullable: false),
                    close_within_days = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_targets", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "surveys",
                schema: "customer_service",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_surveys", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "units",
                schema: "customer_service",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    building_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    entrance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    floor = table.Column<int>(type: "integer", nullable: true),
                    floor_area = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_units_buildings_organization_id_building_id",
                        columns: x => new { x.organization_id, x.building_id },
                        principalSchema: "customer_service",
                        principalTable: "buildings",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notice_recipients",
                schema: "customer_service",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notice_recipients", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_notice_recipients_notices_organization_id_notice_id",
                        columns: x => new { x.organization_id, x.notice_id },
                        principalSchema: "customer_service",
                        principalTable: "notices",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "owners",
                schema: "customer_service",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    move_in_date = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_owners", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_owners_units_organization_id_unit_id",
                        columns: x => new { x.organization_id, x.unit_id },
                        principalSchema: "customer_service",
                        principalTable: "units",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                schema: "customer_service",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    survey_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false),
                    answer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_responses", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_survey_responses_surveys_organization_id_survey_id",
                        columns: x => new { x.organization_id, x.survey_id },
                        principalSchema: "customer_service",
                        principalTable: "surveys",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_survey_responses_units_organization_id_unit_id",
                        columns: x => new { x.organization_id, x.unit_id },
                        principalSchema: "customer_service",
                        principalTable: "units",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "complaints",
                schema: "customer_service",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contact_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    responsible_department = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    response_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    close_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    first_responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    response_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reopen_count = table.Column<int>(type: "integer", nullable: false),
                    reopen_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    follow_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    follow_up_satisfaction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    follow_up_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    work_order_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    work_order_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    work_order_delay_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    work_order_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    work_order_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_complaints_owners_organization_id_owner_id",
                        columns: x => new { x.organization_id, x.owner_id },
                        principalSchema: "customer_service",
                        principalTable: "owners",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_units_organization_id_unit_id",
                        columns: x => new { x.organization_id, x.unit_id },
                        principalSchema: "customer_service",
                        principalTable: "units",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_buildings_organization_id_property_id_name",
                schema: "customer_service",
                table: "buildings",
                columns: new[] { "organization_id", "property_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_organization_id_opened_at",
                schema: "customer_service",
                table: "complaints",
                columns: new[] { "organization_id", "opened_at" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_organization_id_owner_id",
                schema: "customer_service",
                table: "complaints",
                columns: new[] { "organization_id", "owner_id" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_organization_id_property_id_status",
                schema: "customer_service",
                table: "complaints",
                columns: new[] { "organization_id", "property_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_organization_id_status_responsible_department",
                schema: "customer_service",
                table: "complaints",
                columns: new[] { "organization_id", "status", "responsible_department" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_organization_id_unit_id",
                schema: "customer_service",
                table: "complaints",
                columns: new[] { "organization_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_organization_id_work_order_id",
                schema: "customer_service",
                table: "complaints",
                columns: new[] { "organization_id", "work_order_id" },
                filter: "work_order_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notice_recipients_organization_id_notice_id_name",
                schema: "customer_service",
                table: "notice_recipients",
                columns: new[] { "organization_id", "notice_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_notices_organization_id_property_id_created_at",
                schema: "customer_service",
                table: "notices",
                columns: new[] { "organization_id", "property_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_occurred_at",
                schema: "customer_service",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_owners_organization_id_property_id_name",
                schema: "customer_service",
                table: "owners",
                columns: new[] { "organization_id", "property_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_owners_organization_id_unit_id_name",
                schema: "customer_service",
                table: "owners",
                columns: new[] { "organization_id", "unit_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_organization_id_survey_id_unit_id",
                schema: "customer_service",
                table: "survey_responses",
                columns: new[] { "organization_id", "survey_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_organization_id_unit_id",
                schema: "customer_service",
                table: "survey_responses",
                columns: new[] { "organization_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_surveys_organization_id_property_id_period_end",
                schema: "customer_service",
                table: "surveys",
                columns: new[] { "organization_id", "property_id", "period_end" });

            migrationBuilder.CreateIndex(
                name: "ix_units_organization_id_building_id_number",
                schema: "customer_service",
                table: "units",
                columns: new[] { "organization_id", "building_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_units_organization_id_property_id_id",
                schema: "customer_service",
                table: "units",
                columns: new[] { "organization_id", "property_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaints",
                schema: "customer_service");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "customer_service");

            migrationBuilder.DropTable(
                name: "notice_recipients",
                schema: "customer_service");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "customer_service");

            migrationBuilder.DropTable(
                name: "service_targets",
                schema: "customer_service");

            migrationBuilder.DropTable(
                name: "survey_responses",
                schema: "customer_service");

            migrationBuilder.DropTable(
                name: "owners",
                schema: "customer_service");

            migrationBuilder.DropTable(
                name: "notices",
                schema: "customer_service");

            migrationBuilder.DropTable(
                name: "surveys",
                schema: "customer_service");

            migrationBuilder.DropTable(
                name: "units",
                schema: "customer_service");

            migrationBuilder.DropTable(
                name: "buildings",
                schema: "customer_service");
        }
    }
}
