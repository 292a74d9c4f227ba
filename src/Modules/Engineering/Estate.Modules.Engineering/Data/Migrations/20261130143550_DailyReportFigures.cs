using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Engineering.Data.Migrations
{
    /// <inheritdoc />
    public partial class DailyReportFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "daily_figures",
                schema: "engineering",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    property_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    opened = table.Column<int>(type: "integer", nullable: false),
                    completed = table.Column<int>(type: "integer", nullable: false),
                    completed_on_time = table.Column<int>(type: "integer", nullable: false),
                    reopened = table.Column<int>(type: "integer", nullable: false),
                    responded = table.Column<int>(type: "integer", nullable: false),
                    response_hours = table.Column<double>(type: "double precision", nullable: false),
                    resolved = table.Column<int>(type: "integer", nullable: false),
                    resolution_hours = table.Column<double>(type: "double precision", nullable: false),
                    rated = table.Column<int>(type: "integer", nullable: false),
                    rating_sum = table.Column<int>(type: "integer", nullable: false),
                    overdue_at_end = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_figures", x => new { x.organization_id, x.day, x.property_id, x.category });
                });

            migrationBuilder.CreateTable(
                name: "report_figures_coverage",
                schema: "engineering",
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "daily_figures",
                schema: "engineering");

            migrationBuilder.DropTable(
                name: "report_figures_coverage",
                schema: "engineering");
        }
    }
}
