using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContactNameKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing contacts get their keys right after the migrations, before the first request
            // (Directory/ContactNameKeysUpgrade): folding accents and Dutch name prefixes is C#, not SQL.
            migrationBuilder.DropIndex(
                name: "IX_Contacts_IsArchived_LastName_FirstName",
                table: "Contacts");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Contacts",
                type: "TEXT",
                maxLength: 201,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Contacts",
                type: "TEXT",
                maxLength: 201,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_IsArchived_SortName",
                table: "Contacts",
                columns: new[] { "IsArchived", "SortName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_IsArchived_SortName",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_IsArchived_LastName_FirstName",
                table: "Contacts",
                columns: new[] { "IsArchived", "LastName", "FirstName" });
        }
    }
}
