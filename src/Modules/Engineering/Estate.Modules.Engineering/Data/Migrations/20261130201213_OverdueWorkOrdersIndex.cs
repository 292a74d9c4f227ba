using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Engineering.Data.Migrations
{
    /// <inheritdoc />
    public partial class OverdueWorkOrdersIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_work_orders_organization_id_property_id_overdue",
                schema: "engineering",
                table: "work_orders",
                columns: new[] { "organization_id", "property_id" },
                filter: "is_overdue")
                .Annotation("Npgsql:IndexInclude", new[] { "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_orders_organization_id_property_id_overdue",
                schema: "engineering",
                table: "work_orders");
        }
    }
}
