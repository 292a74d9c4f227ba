using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Engineering.Data.Migrations
{
    /// <inheritdoc />
    public partial class FacilityLedgerPlansProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "expected_service_life_years",
                schema: "engineering",
                table: "facilities",
                newName: "expected_service_life_months");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_reopened_at",
                schema: "engineering",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "maintenance_plan_id",
                schema: "engineering",
                table: "work_orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "owner_comment",
                schema: "engineering",
                table: "work_orders",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "owner_rating",
                schema: "engineering",
                table: "work_orders",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "planned_for",
                schema: "engineering",
                table: "work_orders",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "rated_at",
                schema: "engineering",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "responded_at",
                schema: "engineering",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "warn_at",
                schema: "engineering",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "warned_at",
                schema: "engineering",
                table: "work_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "importance",
                schema: "engineering",
                table: "facilities",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Normal");

            migrationBuilder.AddColumn<DateOnly>(
                name: "service_life_ends_on",
                schema: "engineering",
                table: "facilities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                schema: "engineering",
                table: "facilities",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "warranty_ends_on",
                schema: "engineering",
                table: "facilities",
                type: "date",
                nullable: true);


            // Existing rows: service life in months, categories onto the ledger's new list, the stored end of
            // service life, and the deadline fields the jobs read (an existing overdue order keeps its escalation).
            migrationBuilder.Sql("""
                UPDATE engineering.facilities SET
                    expected_service_life_months = expected_service_life_months * 12,
                    category = CASE category
                        WHEN 'Drainage' THEN 'WaterSupply'
                        WHEN 'Electrical' THEN 'Power'
                        WHEN 'AccessControl' THEN 'AccessGates'
                        WHEN 'Hvac' THEN 'Other'
                        ELSE category END;
                UPDATE engineering.facilities
                    SET service_life_ends_on = (installed_on + make_interval(months => expected_service_life_months))::date
                    WHERE installed_on IS NOT NULL AND expected_service_life_months IS NOT NULL;
                UPDATE engineering.work_orders SET
                    warn_at = deadline - (GREATEST(deadline - created_at, interval '0') * 0.25),
                    responded_at = assigned_at;
                """);

            migrationBuilder.CreateTable(
                name: "maintenance_plans",
                schema: "engineering",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    priority = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    interval = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    interval_length = table.Column<int>(type: "integer", nullable: false),
                    schedule_starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    occurrence = table.Column<int>(type: "integer", nullable: false),
                    next_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    lead_days = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    paused_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_maintenance_plans", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_maintenance_plans_facilities_organization_id_facility_id",
                        columns: x => new { x.organization_id, x.facility_id },
                        principalSchema: "engineering",
                        principalTable: "facilities",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "maintenance_records",
                schema: "engineering",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    performed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    work = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    performed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_maintenance_records", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_maintenance_records_facilities_organization_id_facility_id",
                        columns: x => new { x.organization_id, x.facility_id },
                        principalSchema: "engineering",
                        principalTable: "facilities",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_maintenance_records_work_orders_organization_id_work_order_",
                        columns: x => new { x.organization_id, x.work_order_id },
                        principalSchema: "engineering",
                        principalTable: "work_orders",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                schema: "engineering",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    responsible_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    responsible_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    planned_start_on = table.Column<DateOnly>(type: "date", nullable: false),
                    planned_end_on = table.Column<DateOnly>(type: "date", nullable: false),
                    estimated_cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    expected_effect = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    funding_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    fund_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    requested_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    approved_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    funding_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    funding_decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_projects", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "time_limits",
                schema: "engineering",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    priority = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    hours = table.Column<int>(type: "integer", nullable: false),
                    changed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_time_limits", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_organization_id_completed_at",
                schema: "engineering",
                table: "work_orders",
                columns: new[] { "organization_id", "completed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_organization_id_maintenance_plan_id_planned_for",
                schema: "engineering",
                table: "work_orders",
                columns: new[] { "organization_id", "maintenance_plan_id", "planned_for" },
                unique: true,
                filter: "maintenance_plan_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_facilities_organization_id_service_life_ends_on",
                schema: "engineering",
                table: "facilities",
                columns: new[] { "organization_id", "service_life_ends_on" });

            migrationBuilder.CreateIndex(
                name: "ix_facilities_organization_id_warranty_ends_on",
                schema: "engineering",
                table: "facilities",
                columns: new[] { "organization_id", "warranty_ends_on" });

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_plans_organization_id_facility_id",
                schema: "engineering",
                table: "maintenance_plans",
                columns: new[] { "organization_id", "facility_id" });

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_plans_organization_id_status_next_due_on",
                schema: "engineering",
                table: "maintenance_plans",
                columns: new[] { "organization_id", "status", "next_due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_records_organization_id_facility_id_performed_on",
                schema: "engineering",
                table: "maintenance_records",
                columns: new[] { "organization_id", "facility_id", "performed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_records_organization_id_performed_on",
                schema: "engineering",
                table: "maintenance_records",
                columns: new[] { "organization_id", "performed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_records_organization_id_work_order_id",
                schema: "engineering",
                table: "maintenance_records",
                columns: new[] { "organization_id", "work_order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_organization_id_fund_request_id",
                schema: "engineering",
                table: "projects",
                columns: new[] { "organization_id", "fund_request_id" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_organization_id_property_id_status",
                schema: "engineering",
                table: "projects",
                columns: new[] { "organization_id", "property_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_time_limits_organization_id_category_priority",
                schema: "engineering",
                table: "time_limits",
                columns: new[] { "organization_id", "category", "priority" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_work_orders_maintenance_plans_organization_id_maintenance_p",
                schema: "engineering",
                table: "work_orders",
                columns: new[] { "organization_id", "maintenance_plan_id" },
                principalSchema: "engineering",
                principalTable: "maintenance_plans",
                principalColumns: new[] { "organization_id", "id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_work_orders_maintenance_plans_organization_id_maintenance_p",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropTable(
                name: "maintenance_plans",
                schema: "engineering");

            migrationBuilder.DropTable(
                name: "maintenance_records",
                schema: "engineering");

            migrationBuilder.DropTable(
                name: "projects",
                schema: "engineering");

            migrationBuilder.DropTable(
                name: "time_limits",
                schema: "engineering");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_organization_id_completed_at",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_organization_id_maintenance_plan_id_planned_for",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_facilities_organization_id_service_life_ends_on",
                schema: "engineering",
                table: "facilities");

            migrationBuilder.DropIndex(
                name: "ix_facilities_organization_id_warranty_ends_on",
                schema: "engineering",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "last_reopened_at",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "maintenance_plan_id",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "owner_comment",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "owner_rating",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "planned_for",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "rated_at",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "responded_at",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "warn_at",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "warned_at",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "importance",
                schema: "engineering",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "service_life_ends_on",
                schema: "engineering",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "updated_at",
                schema: "engineering",
                table: "facilities");

            migrationBuilder.DropColumn(
                name: "warranty_ends_on",
                schema: "engineering",
                table: "facilities");


            migrationBuilder.Sql("UPDATE engineering.facilities SET expected_service_life_months = expected_service_life_months / 12;");

            migrationBuilder.RenameColumn(
                name: "expected_service_life_months",
                schema: "engineering",
                table: "facilities",
                newName: "expected_service_life_years");
        }
    }
}
