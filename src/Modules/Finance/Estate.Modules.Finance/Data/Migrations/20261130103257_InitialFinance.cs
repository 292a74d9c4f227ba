using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Finance.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialFinance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "finance");

            migrationBuilder.CreateTable(
                name: "billable_units",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    building_id = table.Column<Guid>(type: "uuid", nullable: false),
                    building_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    unit_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    floor_area = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    owner_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billable_units", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "billing_runs",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    units_source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    units_read = table.Column<int>(type: "integer", nullable: true),
                    units_removed = table.Column<int>(type: "integer", nullable: false),
                    units_billed = table.Column<int>(type: "integer", nullable: false),
                    bills_created = table.Column<int>(type: "integer", nullable: false),
                    amount_created = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billing_runs", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "bills",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    building_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fee_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<DateOnly>(type: "date", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    amount_due = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    amount_paid = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    settled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    billing_run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bills", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "budgets",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    department = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgets", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "expenses",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    fund_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    spent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    payee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expenses", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "fee_items",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    active_from = table.Column<DateOnly>(type: "date", nullable: false),
                    active_to = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fee_items", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "fund_requests",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    department = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    purpose = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    requested_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reference_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    reference_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    approved_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    budget_year = table.Column<int>(type: "integer", nullable: true),
                    approved_over_budget = table.Column<bool>(type: "boolean", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fund_requests", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "finance",
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
                schema: "finance",
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
                name: "parking_spaces",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    assigned_on = table.Column<DateOnly>(type: "date", nullable: false),
                    released_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parking_spaces", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "payments",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    receipt_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    payer_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments", x => new { x.organization_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "payment_allocations",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    payment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bill_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_allocations", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_payment_allocations_bills_organization_id_bill_id",
                        columns: x => new { x.organization_id, x.bill_id },
                        principalSchema: "finance",
                        principalTable: "bills",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payment_allocations_payments_organization_id_payment_id",
                        columns: x => new { x.organization_id, x.payment_id },
                        principalSchema: "finance",
                        principalTable: "payments",
                        principalColumns: new[] { "organization_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_billable_units_organization_id_property_id_building_name_un",
                schema: "finance",
                table: "billable_units",
                columns: new[] { "organization_id", "property_id", "building_name", "unit_number" });

            migrationBuilder.CreateIndex(
                name: "ix_billing_runs_organization_id_started_at",
                schema: "finance",
                table: "billing_runs",
                columns: new[] { "organization_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_bills_open",
                schema: "finance",
                table: "bills",
                columns: new[] { "organization_id", "unit_id", "due_on" },
                filter: "settled_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_bills_organization_id_due_on",
                schema: "finance",
                table: "bills",
                columns: new[] { "organization_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_bills_organization_id_period_unit_id_fee_item_id",
                schema: "finance",
                table: "bills",
                columns: new[] { "organization_id", "period", "unit_id", "fee_item_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bills_organization_id_settled_at",
                schema: "finance",
                table: "bills",
                columns: new[] { "organization_id", "settled_at" },
                filter: "settled_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_budgets_organization_id_year_department",
                schema: "finance",
                table: "budgets",
                columns: new[] { "organization_id", "year", "department" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_expenses_organization_id_fund_request_id",
                schema: "finance",
                table: "expenses",
                columns: new[] { "organization_id", "fund_request_id" });

            migrationBuilder.CreateIndex(
                name: "ix_expenses_organization_id_spent_on",
                schema: "finance",
                table: "expenses",
                columns: new[] { "organization_id", "spent_on" });

            migrationBuilder.CreateIndex(
                name: "ix_expenses_organization_id_year_department",
                schema: "finance",
                table: "expenses",
                columns: new[] { "organization_id", "year", "department" });

            migrationBuilder.CreateIndex(
                name: "ix_fee_items_organization_id_property_id",
                schema: "finance",
                table: "fee_items",
                columns: new[] { "organization_id", "property_id" });

            migrationBuilder.CreateIndex(
                name: "ix_fund_requests_organization_id_budget_year_department",
                schema: "finance",
                table: "fund_requests",
                columns: new[] { "organization_id", "budget_year", "department" });

            migrationBuilder.CreateIndex(
                name: "ix_fund_requests_organization_id_decided_at",
                schema: "finance",
                table: "fund_requests",
                columns: new[] { "organization_id", "decided_at" });

            migrationBuilder.CreateIndex(
                name: "ix_fund_requests_organization_id_status_requested_at",
                schema: "finance",
                table: "fund_requests",
                columns: new[] { "organization_id", "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_occurred_at",
                schema: "finance",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_parking_spaces_organization_id_property_id_number",
                schema: "finance",
                table: "parking_spaces",
                columns: new[] { "organization_id", "property_id", "number" },
                unique: true,
                filter: "released_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_parking_spaces_organization_id_unit_id",
                schema: "finance",
                table: "parking_spaces",
                columns: new[] { "organization_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_allocations_organization_id_bill_id_paid_at",
                schema: "finance",
                table: "payment_allocations",
                columns: new[] { "organization_id", "bill_id", "paid_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_allocations_organization_id_payment_id",
                schema: "finance",
                table: "payment_allocations",
                columns: new[] { "organization_id", "payment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_organization_id_paid_at",
                schema: "finance",
                table: "payments",
                columns: new[] { "organization_id", "paid_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_organization_id_receipt_number",
                schema: "finance",
                table: "payments",
                columns: new[] { "organization_id", "receipt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_organization_id_unit_id",
                schema: "finance",
                table: "payments",
                columns: new[] { "organization_id", "unit_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "billable_units",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "billing_runs",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "budgets",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "expenses",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "fee_items",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "fund_requests",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "parking_spaces",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "payment_allocations",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "bills",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "payments",
                schema: "finance");
        }
    }
}
