using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
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
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedByUserId",
                table: "PrivacyNotices",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedByUserId",
                table: "Nominations",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MergedByUserId",
                table: "DirectoryMerges",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ByUserId",
                table: "ActionItemUpdates",
                type: "TEXT",
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
