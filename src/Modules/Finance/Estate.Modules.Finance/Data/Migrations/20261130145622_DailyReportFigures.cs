using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Finance.Data.Migrations
{
    /// <inheritdoc />
    public partial class DailyReportFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "daily_cash",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_cash", x => new { x.organization_id, x.day, x.property_id });
                });

            migrationBuilder.CreateTable(
                name: "daily_collections",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_collections", x => new { x.organization_id, x.day, x.due_on, x.property_id });
                });

            migrationBuilder.CreateTable(
                name: "due_figures",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_due = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    collected = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_due_figures", x => new { x.organization_id, x.due_on, x.property_id });
                });

            migrationBuilder.CreateTable(
                name: "report_figures_coverage",
                schema: "finance",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    covered_through = table.Column<DateOnly>(type: "date", nullable: false),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_figures_coverage", x => x.organization_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_daily_collections_organization_id_due_on_day",
                schema: "finance",
                table: "daily_collections",
                columns: new[] { "organization_id", "due_on", "day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "daily_cash",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "daily_collections",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "due_figures",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "report_figures_coverage",
                schema: "finance");
        }
    }
}
