using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StaffRecordsKeepTheAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UpdatedByUserId",
                table: "SessionOutcomes",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedByUserId",
                table: "PrivacyNotices",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedByUserId",
                table: "Nominations",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MergedByUserId",
                table: "DirectoryMerges",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ByUserId",
                table: "ActionItemUpdates",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UpdatedByUserId",
                table: "SessionOutcomes");

            migrationBuilder.DropColumn(
                name: "PublishedByUserId",
                table: "PrivacyNotices");

            migrationBuilder.DropColumn(
                name: "DecidedByUserId",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "MergedByUserId",
                table: "DirectoryMerges");

            migrationBuilder.DropColumn(
                name: "ByUserId",
                table: "ActionItemUpdates");
        }
    }
}
