using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Security.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "security");

            migrationBuilder.CreateTable(
                name: "access_problems",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    gate = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    problem = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    found_on_patrol = table.Column<bool>(type: "boolean", nullable: false),
                    reported_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reported_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    needs_repair = table.Column<bool>(type: "boolean", nullable: false),
                    repair_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    work_order_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_problems", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "event_security_plans",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_security_plans", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "fire_safety_areas",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    checklist = table.Column<string[]>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fire_safety_areas", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "security",
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
                name: "incidents",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    severity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    reported_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reported_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    handling = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    handling_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closure = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidents", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "inspection_frequencies",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    interval_days = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_frequencies", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "security",
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
                name: "patrol_check_ins",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    checkpoint_id = table.Column<Guid>(type: "uuid", nullable: false),
                    checkpoint_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patrol_check_ins", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "patrol_routes",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    expected_duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patrol_routes", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "posts",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_posts", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "shifts",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    starts_at = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ends_at = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shifts", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "event_security_posts",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    guard_user_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    guard_names = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_security_posts", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_event_security_posts_event_security_plans_organization_id_p",
                        columns: x => new { x.organization_id, x.plan_id },
                        principalSchema: "security",
                        principalTable: "event_security_plans",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fire_inspections",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    inspected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    inspector_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspector_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    failed_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fire_inspections", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_fire_inspections_fire_safety_areas_organization_id_area_id",
                        columns: x => new { x.organization_id, x.area_id },
                        principalSchema: "security",
                        principalTable: "fire_safety_areas",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patrol_checkpoints",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    route_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patrol_checkpoints", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_patrol_checkpoints_patrol_routes_organization_id_route_id",
                        columns: x => new { x.organization_id, x.route_id },
                        principalSchema: "security",
                        principalTable: "patrol_routes",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patrol_plans",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    route_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    weekdays = table.Column<int[]>(type: "integer[]", nullable: false),
                    start_times = table.Column<TimeOnly[]>(type: "time without time zone[]", nullable: false),
                    allowed_lateness_minutes = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deactivated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patrol_plans", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_patrol_plans_patrol_routes_organization_id_route_id",
                        columns: x => new { x.organization_id, x.route_id },
                        principalSchema: "security",
                        principalTable: "patrol_routes",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "roster_entries",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    shift_id = table.Column<Guid>(type: "uuid", nullable: false),
                    post_id = table.Column<Guid>(type: "uuid", nullable: false),
                    guard_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    guard_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roster_entries", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_roster_entries_posts_organization_id_post_id",
                        columns: x => new { x.organization_id, x.post_id },
                        principalSchema: "security",
                        principalTable: "posts",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_roster_entries_shifts_organization_id_shift_id",
                        columns: x => new { x.organization_id, x.shift_id },
                        principalSchema: "security",
                        principalTable: "shifts",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fire_inspection_items",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    passed = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    finding_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fire_inspection_items", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_fire_inspection_items_fire_inspections_organization_id_insp",
                        columns: x => new { x.organization_id, x.inspection_id },
                        principalSchema: "security",
                        principalTable: "fire_inspections",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fire_safety_findings",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    item_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    fix_deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    needs_repair = table.Column<bool>(type: "boolean", nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    work_order_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    fixed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    fix_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fire_safety_findings", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_fire_safety_findings_fire_inspections_organization_id_inspe",
                        columns: x => new { x.organization_id, x.inspection_id },
                        principalSchema: "security",
                        principalTable: "fire_inspections",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patrol_tasks",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    route_id = table.Column<Guid>(type: "uuid", nullable: false),
                    route_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    scheduled_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_by = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    window_closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    checkpoint_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patrol_tasks", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_patrol_tasks_patrol_plans_organization_id_plan_id",
                        columns: x => new { x.organization_id, x.plan_id },
                        principalSchema: "security",
                        principalTable: "patrol_plans",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "patrol_task_checkpoints",
                schema: "security",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    checkpoint_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_in_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    checked_in_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patrol_task_checkpoints", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_patrol_task_checkpoints_patrol_tasks_organization_id_task_id",
                        columns: x => new { x.organization_id, x.task_id },
                        principalSchema: "security",
                        principalTable: "patrol_tasks",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_access_problems_organization_id_property_id_status",
                schema: "security",
                table: "access_problems",
                columns: new[] { "organization_id", "property_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_access_problems_organization_id_reported_at",
                schema: "security",
                table: "access_problems",
                columns: new[] { "organization_id", "reported_at" });

            migrationBuilder.CreateIndex(
                name: "ix_event_security_plans_organization_id_starts_at",
                schema: "security",
                table: "event_security_plans",
                columns: new[] { "organization_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_event_security_posts_organization_id_plan_id_sequence",
                schema: "security",
                table: "event_security_posts",
                columns: new[] { "organization_id", "plan_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_fire_inspection_items_organization_id_inspection_id_sequence",
                schema: "security",
                table: "fire_inspection_items",
                columns: new[] { "organization_id", "inspection_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_fire_inspections_organization_id_area_id_inspected_at",
                schema: "security",
                table: "fire_inspections",
                columns: new[] { "organization_id", "area_id", "inspected_at" });

            migrationBuilder.CreateIndex(
                name: "ix_fire_inspections_organization_id_inspected_at",
                schema: "security",
                table: "fire_inspections",
                columns: new[] { "organization_id", "inspected_at" });

            migrationBuilder.CreateIndex(
                name: "ix_fire_safety_areas_organization_id_property_id_name",
                schema: "security",
                table: "fire_safety_areas",
                columns: new[] { "organization_id", "property_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_fire_safety_findings_organization_id_created_at",
                schema: "security",
                table: "fire_safety_findings",
                columns: new[] { "organization_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_fire_safety_findings_organization_id_inspection_id",
                schema: "security",
                table: "fire_safety_findings",
                columns: new[] { "organization_id", "inspection_id" });

            migrationBuilder.CreateIndex(
                name: "ix_fire_safety_findings_organization_id_status_fix_deadline",
                schema: "security",
                table: "fire_safety_findings",
                columns: new[] { "organization_id", "status", "fix_deadline" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_organization_id_occurred_at",
                schema: "security",
                table: "incidents",
                columns: new[] { "organization_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_organization_id_property_id_status",
                schema: "security",
                table: "incidents",
                columns: new[] { "organization_id", "property_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_frequencies_organization_id_kind",
                schema: "security",
                table: "inspection_frequencies",
                columns: new[] { "organization_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_occurred_at",
                schema: "security",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_patrol_check_ins_organization_id_checked_in_at",
                schema: "security",
                table: "patrol_check_ins",
                columns: new[] { "organization_id", "checked_in_at" });

            migrationBuilder.CreateIndex(
                name: "ix_patrol_check_ins_organization_id_task_id",
                schema: "security",
                table: "patrol_check_ins",
                columns: new[] { "organization_id", "task_id" });

            migrationBuilder.CreateIndex(
                name: "ix_patrol_checkpoints_organization_id_code",
                schema: "security",
                table: "patrol_checkpoints",
                columns: new[] { "organization_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patrol_checkpoints_organization_id_route_id_sequence",
                schema: "security",
                table: "patrol_checkpoints",
                columns: new[] { "organization_id", "route_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_patrol_plans_organization_id_property_id",
                schema: "security",
                table: "patrol_plans",
                columns: new[] { "organization_id", "property_id" });

            migrationBuilder.CreateIndex(
                name: "ix_patrol_plans_organization_id_route_id",
                schema: "security",
                table: "patrol_plans",
                columns: new[] { "organization_id", "route_id" });

            migrationBuilder.CreateIndex(
                name: "ix_patrol_routes_organization_id_property_id_name",
                schema: "security",
                table: "patrol_routes",
                columns: new[] { "organization_id", "property_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patrol_task_checkpoints_organization_id_checkpoint_id_status",
                schema: "security",
                table: "patrol_task_checkpoints",
                columns: new[] { "organization_id", "checkpoint_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_patrol_task_checkpoints_organization_id_task_id_checkpoint_",
                schema: "security",
                table: "patrol_task_checkpoints",
                columns: new[] { "organization_id", "task_id", "checkpoint_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patrol_tasks_organization_id_plan_id_scheduled_start",
                schema: "security",
                table: "patrol_tasks",
                columns: new[] { "organization_id", "plan_id", "scheduled_start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_patrol_tasks_organization_id_property_id_scheduled_start",
                schema: "security",
                table: "patrol_tasks",
                columns: new[] { "organization_id", "property_id", "scheduled_start" });

            migrationBuilder.CreateIndex(
                name: "ix_patrol_tasks_organization_id_scheduled_start",
                schema: "security",
                table: "patrol_tasks",
                columns: new[] { "organization_id", "scheduled_start" });

            migrationBuilder.CreateIndex(
                name: "ix_patrol_tasks_organization_id_status_window_closes_at",
                schema: "security",
                table: "patrol_tasks",
                columns: new[] { "organization_id", "status", "window_closes_at" });

            migrationBuilder.CreateIndex(
                name: "ix_posts_organization_id_property_id_name",
                schema: "security",
                table: "posts",
                columns: new[] { "organization_id", "property_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_roster_entries_organization_id_guard_user_id_date_shift_id",
                schema: "security",
                table: "roster_entries",
                columns: new[] { "organization_id", "guard_user_id", "date", "shift_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_roster_entries_organization_id_post_id",
                schema: "security",
                table: "roster_entries",
                columns: new[] { "organization_id", "post_id" });

            migrationBuilder.CreateIndex(
                name: "ix_roster_entries_organization_id_property_id_date",
                schema: "security",
                table: "roster_entries",
                columns: new[] { "organization_id", "property_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_roster_entries_organization_id_shift_id",
                schema: "security",
                table: "roster_entries",
                columns: new[] { "organization_id", "shift_id" });

            migrationBuilder.CreateIndex(
                name: "ix_shifts_organization_id_property_id_name",
                schema: "security",
                table: "shifts",
                columns: new[] { "organization_id", "property_id", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_problems",
                schema: "security");

            migrationBuilder.DropTable(
                name: "event_security_posts",
                schema: "security");

            migrationBuilder.DropTable(
                name: "fire_inspection_items",
                schema: "security");

            migrationBuilder.DropTable(
                name: "fire_safety_findings",
                schema: "security");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "security");

            migrationBuilder.DropTable(
                name: "incidents",
                schema: "security");

            migrationBuilder.DropTable(
                name: "inspection_frequencies",
                schema: "security");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "security");

            migrationBuilder.DropTable(
                name: "patrol_check_ins",
                schema: "security");

            migrationBuilder.DropTable(
                name: "patrol_checkpoints",
                schema: "security");

            migrationBuilder.DropTable(
                name: "patrol_task_checkpoints",
                schema: "security");

            migrationBuilder.DropTable(
                name: "roster_entries",
                schema: "security");

            migrationBuilder.DropTable(
                name: "event_security_plans",
                schema: "security");

            migrationBuilder.DropTable(
                name: "fire_inspections",
                schema: "security");

            migrationBuilder.DropTable(
                name: "patrol_tasks",
                schema: "security");

            migrationBuilder.DropTable(
                name: "posts",
                schema: "security");

            migrationBuilder.DropTable(
                name: "shifts",
                schema: "security");

            migrationBuilder.DropTable(
                name: "fire_safety_areas",
                schema: "security");

            migrationBuilder.DropTable(
                name: "patrol_plans",
                schema: "security");

            migrationBuilder.DropTable(
                name: "patrol_routes",
                schema: "security");
        }
    }
}
