using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Engineering.Data.Migrations
{
    /// <inheritdoc />
    public partial class WorkOrderOverdueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_work_orders_organization_id_deadline_overdue",
                schema: "engineering",
                table: "work_orders",
                columns: new[] { "organization_id", "deadline" },
                filter: "is_overdue");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_orders_organization_id_deadline_overdue",
                schema: "engineering",
                table: "work_orders");
        }
    }
}
