using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.CustomerService.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportDailyFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_complaints_organization_id_close_due_at",
                schema: "customer_service",
                table: "complaints",
                columns: new[] { "organization_id", "close_due_at" },
                filter: "status IN ('Open', 'Responded')");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_organization_id_follow_up_at",
                schema: "customer_service",
                table: "complaints",
                columns: new[] { "organization_id", "follow_up_at" },
                filter: "follow_up_at IS NOT NULL");

            // Per-day report figures of complete days, read and written with SQL only (no entity): see Reports/ComplaintFigures.cs.
            migrationBuilder.Sql("""
                CREATE TABLE customer_service.daily_figures (
                    organization_id uuid NOT NULL,
                    property_id uuid NOT NULL,
                    day date NOT NULL,
                    opened integer NOT NULL,
                    kind_complaint integer NOT NULL,
                    kind_suggestion integer NOT NULL,
                    kind_enquiry integer NOT NULL,
                    category_cleaning integer NOT NULL,
                    category_security integer NOT NULL,
                    category_noise integer NOT NULL,
                    category_parking integer NOT NULL,
                    category_repair integer NOT NULL,
                    category_fees integer NOT NULL,
                    category_other integer NOT NULL,
                    channel_phone integer NOT NULL,
                    channel_walk_in integer NOT NULL,
                    channel_hotline integer NOT NULL,
                    channel_online integer NOT NULL,
                    response_decided integer NOT NULL,
                    response_on_time integer NOT NULL,
                    close_decided integer NOT NULL,
                    close_on_time integer NOT NULL,
                    responded integer NOT NULL,
                    response_seconds numeric NOT NULL,
                    follow_ups integer NOT NULL,
                    follow_ups_satisfied integer NOT NULL,
                    CONSTRAINT pk_daily_figures PRIMARY KEY (organization_id, day, property_id));
                CREATE TABLE customer_service.report_figures_state (
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
                DROP TABLE customer_service.report_figures_state;
                DROP TABLE customer_service.daily_figures;
                """);

            migrationBuilder.DropIndex(
                name: "ix_complaints_organization_id_close_due_at",
                schema: "customer_service",
                table: "complaints");

            migrationBuilder.DropIndex(
                name: "ix_complaints_organization_id_follow_up_at",
                schema: "customer_service",
                table: "complaints");
        }
    }
}
