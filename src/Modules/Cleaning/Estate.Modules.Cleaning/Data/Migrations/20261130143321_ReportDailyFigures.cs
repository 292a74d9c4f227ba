using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Cleaning.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportDailyFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Per-day report figures of complete days, read and written with SQL only (no entity): see Reports/CleaningTaskFigures.cs.
            migrationBuilder.Sql("""
                CREATE TABLE cleaning.daily_figures (
                    organization_id uuid NOT NULL,
                    property_id uuid NOT NULL,
                    day date NOT NULL,
                    tasks_pending integer NOT NULL,
                    tasks_done integer NOT NULL,
                    tasks_passed integer NOT NULL,
                    tasks_failed integer NOT NULL,
                    tasks_missed integer NOT NULL,
                    CONSTRAINT pk_daily_figures PRIMARY KEY (organization_id, day, property_id));
                CREATE TABLE cleaning.report_figures_state (
                    organization_id uuid NOT NULL,
                    covered_through date NOT NULL,
                    refreshed_at timestamp with time zone NOT NULL,
                    CONSTRAINT pk_report_figures_state PRIMARY KEY (organization_id));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE cleaning.report_figures_state;
                DROP TABLE cleaning.daily_figures;
                """);
        }
    }
}
