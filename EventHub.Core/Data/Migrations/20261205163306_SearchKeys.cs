using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <summary>
    /// Events, sessions and action items keep their title or text folded for search (case and accents do not count), as
    /// contacts keep their name keys. Folding is C#, not SQL: the keys of records stored before are filled at start-up
    /// and by migrate (Data/SearchKeysUpgrade).
    /// </summary>
    public partial class SearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchTitle",
                table: "Sessions",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchTitle",
                table: "Events",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchWhat",
                table: "ActionItems",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchTitle",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "SearchTitle",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "SearchWhat",
                table: "ActionItems");
        }
    }
}
