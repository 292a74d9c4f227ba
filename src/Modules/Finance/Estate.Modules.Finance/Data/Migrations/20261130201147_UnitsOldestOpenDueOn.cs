using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Finance.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnitsOldestOpenDueOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "oldest_open_due_on",
                schema: "finance",
                table: "billable_units",
                type: "date",
                nullable: true);

            // Every unit's oldest unsettled bill, through the open-bill index, before the index below is built.
            migrationBuilder.Sql(
                """
                UPDATE finance.billable_units u
                SET oldest_open_due_on = o.due_on
                FROM (
                    SELECT organization_id, unit_id, min(due_on) AS due_on
                    FROM finance.bills
                    WHERE settled_at IS NULL
                    GROUP BY organization_id, unit_id
                ) o
                WHERE u.organization_id = o.organization_id AND u.id = o.unit_id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_billable_units_organization_id_oldest_open_due_on",
                schema: "finance",
                table: "billable_units",
                columns: new[] { "organization_id", "oldest_open_due_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "property_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_billable_units_organization_id_oldest_open_due_on",
                schema: "finance",
                table: "billable_units");

            migrationBuilder.DropColumn(
                name: "oldest_open_due_on",
                schema: "finance",
                table: "billable_units");
        }
    }
}
