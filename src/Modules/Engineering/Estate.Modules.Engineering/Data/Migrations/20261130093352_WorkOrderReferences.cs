using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Engineering.Data.Migrations
{
    /// <inheritdoc />
    public partial class WorkOrderReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "reference_id",
                schema: "engineering",
                table: "work_orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reference_type",
                schema: "engineering",
                table: "work_orders",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "reference_id",
                schema: "engineering",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "reference_type",
                schema: "engineering",
                table: "work_orders");
        }
    }
}
