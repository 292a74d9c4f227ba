using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Security.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportDailyFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Per-day report figures of complete days, read and written with SQL only (no entity): see Reports/PatrolFigures.cs.
            migrationBuilder.Sql("""
                CREATE TABLE security.daily_figures (
                    organization_id uuid NOT NULL,
                    property_id uuid NOT NULL,
                    day date NOT NULL,
                    rounds_complete integer NOT NULL,
                    rounds_incomplete integer NOT NULL,
                    rounds_absent integer NOT NULL,
                    checkpoints integer NOT NULL,
                    checkpoints_checked_in integer NOT NULL,
                    checkpoints_late integer NOT NULL,
                    checkpoints_missed integer NOT NULL,
                    CONSTRAINT pk_daily_figures PRIMARY KEY (organization_id, day, property_id));
                CREATE TABLE security.report_figures_state (
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
                DROP TABLE security.report_figures_state;
                DROP TABLE security.daily_figures;
                """);
        }
    }
}
