using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Estate.Modules.Security.Data.Migrations
{
    /// <inheritdoc />
    public partial class PostAndShiftVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "security",
                table: "shifts",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "security",
                table: "posts",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "security",
                table: "shifts");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "security",
                table: "posts");
        }
    }
}
