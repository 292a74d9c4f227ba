using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Engineering.Data.Migrations
{
    /// <inheritdoc />
    public partial class WorkOrderListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_orders_organization_id_property_id_status",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_organization_id_property_id_status_created_at_id",
                schema: "engineering",
                table: "work_orders",
                columns: new[] { "organization_id", "property_id", "status", "created_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_orders_organization_id_property_id_status_created_at_id",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_organization_id_property_id_status",
                schema: "engineering",
                table: "work_orders",
                columns: new[] { "organization_id", "property_id", "status" });
        }
    }
}
