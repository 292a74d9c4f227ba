using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Cleaning.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCleaning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "cleaning");

            migrationBuilder.CreateTable(
                name: "collection_points",
                schema: "cleaning",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    collection_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    active_from = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collection_points", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "dead_corners",
                schema: "cleaning",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    photo_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    engineering_need = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    work_order_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    reported_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reported_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dead_corners", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "cleaning",
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
                name: "outbox_messages",
                schema: "cleaning",
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
                name: "settings",
                schema: "cleaning",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    collection_tolerance_minutes = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "supply_purchases",
                schema: "cleaning",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    item = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    unit_cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    supplier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    purchased_on = table.Column<DateOnly>(type: "date", nullable: false),
                    is_eco_friendly = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supply_purchases", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "zones",
                schema: "cleaning",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_zones", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "garbage_collections",
                schema: "cleaning",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    collection_point_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    collected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    minutes_late = table.Column<int>(type: "integer", nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_garbage_collections", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_garbage_collections_collection_points_organization_id_colle",
                        columns: x => new { x.organization_id, x.collection_point_id },
                        principalSchema: "cleaning",
                        principalTable: "collection_points",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "schedules",
                schema: "cleaning",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    zone_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    frequency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    weekday_mask = table.Column<int>(type: "integer", nullable: false),
                    interval_days = table.Column<int>(type: "integer", nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    window_start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    window_end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_schedules", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_schedules_zones_organization_id_zone_id",
                        columns: x => new { x.organization_id, x.zone_id },
                        principalSchema: "cleaning",
                        principalTable: "zones",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "cleaning",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    schedule_id = table.Column<Guid>(type: "uuid", nullable: false),
                    zone_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    window_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    window_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    completed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    completed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completion_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    redo_count = table.Column<int>(type: "integer", nullable: false),
                    missed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tasks", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_tasks_schedules_organization_id_schedule_id",
                        columns: x => new { x.organization_id, x.schedule_id },
                        principalSchema: "cleaning",
                        principalTable: "schedules",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tasks_zones_organization_id_zone_id",
                        columns: x => new { x.organization_id, x.zone_id },
                        principalSchema: "cleaning",
                        principalTable: "zones",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "task_inspections",
                schema: "cleaning",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    passed = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    inspector_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspector_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    inspected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_inspections", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_task_inspections_tasks_organization_id_task_id",
                        columns: x => new { x.organization_id, x.task_id },
                        principalSchema: "cleaning",
                        principalTable: "tasks",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collection_points_organization_id_property_id_name",
                schema: "cleaning",
                table: "collection_points",
                columns: new[] { "organization_id", "property_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dead_corners_organization_id_property_id_status",
                schema: "cleaning",
                table: "dead_corners",
                columns: new[] { "organization_id", "property_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_dead_corners_organization_id_reported_at",
                schema: "cleaning",
                table: "dead_corners",
                columns: new[] { "organization_id", "reported_at" });

            migrationBuilder.CreateIndex(
                name: "ix_garbage_collections_organization_id_collection_point_id_date",
                schema: "cleaning",
                table: "garbage_collections",
                columns: new[] { "organization_id", "collection_point_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_garbage_collections_organization_id_date",
                schema: "cleaning",
                table: "garbage_collections",
                columns: new[] { "organization_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_occurred_at",
                schema: "cleaning",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_schedules_organization_id_property_id_is_active",
                schema: "cleaning",
                table: "schedules",
                columns: new[] { "organization_id", "property_id", "is_active" });

            migrationBuilder.CreateIndex(
                name: "ix_schedules_organization_id_zone_id",
                schema: "cleaning",
                table: "schedules",
                columns: new[] { "organization_id", "zone_id" });

            migrationBuilder.CreateIndex(
                name: "ix_supply_purchases_organization_id_purchased_on",
                schema: "cleaning",
                table: "supply_purchases",
                columns: new[] { "organization_id", "purchased_on" });

            migrationBuilder.CreateIndex(
                name: "ix_task_inspections_organization_id_inspected_at",
                schema: "cleaning",
                table: "task_inspections",
                columns: new[] { "organization_id", "inspected_at" });

            migrationBuilder.CreateIndex(
                name: "ix_task_inspections_organization_id_task_id",
                schema: "cleaning",
                table: "task_inspections",
                columns: new[] { "organization_id", "task_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_organization_id_date",
                schema: "cleaning",
                table: "tasks",
                columns: new[] { "organization_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_organization_id_schedule_id_date",
                schema: "cleaning",
                table: "tasks",
                columns: new[] { "organization_id", "schedule_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tasks_organization_id_status_window_end",
                schema: "cleaning",
                table: "tasks",
                columns: new[] { "organization_id", "status", "window_end" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_organization_id_zone_id",
                schema: "cleaning",
                table: "tasks",
                columns: new[] { "organization_id", "zone_id" });

            migrationBuilder.CreateIndex(
                name: "ix_zones_organization_id_property_id_name",
                schema: "cleaning",
                table: "zones",
                columns: new[] { "organization_id", "property_id", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dead_corners",
                schema: "cleaning");

            migrationBuilder.DropTable(
                name: "garbage_collections",
                schema: "cleaning");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "cleaning");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "cleaning");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "cleaning");

            migrationBuilder.DropTable(
                name: "supply_purchases",
                schema: "cleaning");

            migrationBuilder.DropTable(
                name: "task_inspections",
                schema: "cleaning");

            migrationBuilder.DropTable(
                name: "collection_points",
                schema: "cleaning");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "cleaning");

            migrationBuilder.DropTable(
                name: "schedules",
                schema: "cleaning");

            migrationBuilder.DropTable(
                name: "zones",
                schema: "cleaning");
        }
    }
}
