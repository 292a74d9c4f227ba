using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Engineering.Data.Migrations
{
    /// <inheritdoc />
    public partial class MeetingReportActivityIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_work_orders_organization_id_last_reopened_at",
                schema: "engineering",
                table: "work_orders",
                columns: new[] { "organization_id", "last_reopened_at" },
                filter: "last_reopened_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_organization_id_rated_at",
                schema: "engineering",
                table: "work_orders",
                columns: new[] { "organization_id", "rated_at" },
                filter: "rated_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_organization_id_responded_at",
                schema: "engineering",
                table: "work_orders",
                columns: new[] { "organization_id", "responded_at" },
                filter: "responded_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_work_orders_organization_id_last_reopened_at",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_organization_id_rated_at",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_organization_id_responded_at",
                schema: "engineering",
                table: "work_orders");
        }
    }
}
