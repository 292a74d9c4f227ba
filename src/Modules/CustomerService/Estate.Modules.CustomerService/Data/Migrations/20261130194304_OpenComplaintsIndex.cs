using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.CustomerService.Data.Migrations
{
    /// <inheritdoc />
    public partial class OpenComplaintsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_complaints_organization_id_opened_at_open",
                schema: "customer_service",
                table: "complaints",
                columns: new[] { "organization_id", "opened_at" },
                filter: "status IN ('Open', 'Responded')")
                .Annotation("Npgsql:IndexInclude", new[] { "responsible_department", "property_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_organization_id_opened_at_open",
                schema: "customer_service",
                table: "complaints");
        }
    }
}
