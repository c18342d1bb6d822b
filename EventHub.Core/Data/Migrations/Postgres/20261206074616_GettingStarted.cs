using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GettingStarted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ControllerEmail",
                table: "PrivacyNotices",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ControllerName",
                table: "PrivacyNotices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HidesGettingStarted",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ControllerEmail",
                table: "PrivacyNotices");

            migrationBuilder.DropColumn(
                name: "ControllerName",
                table: "PrivacyNotices");

            migrationBuilder.DropColumn(
                name: "HidesGettingStarted",
                table: "AspNetUsers");
        }
    }
}
