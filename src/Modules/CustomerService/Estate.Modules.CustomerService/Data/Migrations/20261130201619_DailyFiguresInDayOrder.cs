using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.CustomerService.Data.Migrations
{
    /// <inheritdoc />
    public partial class DailyFiguresInDayOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Figures written by the first refresh lie in grouping order; rewrite them once in day order.
            migrationBuilder.Sql("CLUSTER customer_service.daily_figures USING pk_daily_figures;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
