using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Engineering.Data.Migrations
{
    /// <inheritdoc />
    public partial class WaitingWorkOrdersIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_work_orders_organization_id_delayed_at_waiting",
                schema: "engineering",
                table: "work_orders",
                columns: new[] { "organization_id", "delayed_at" },
                filter: "status = 'Waiting'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_orders_organization_id_delayed_at_waiting",
                schema: "engineering",
                table: "work_orders");
        }
    }
}
