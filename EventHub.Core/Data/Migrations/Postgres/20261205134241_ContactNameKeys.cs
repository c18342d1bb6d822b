using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations.Postgres
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
                type: "character varying(201)",
                maxLength: 201,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Contacts",
                type: "character varying(201)",
                maxLength: 201,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_IsArchived_SortName",
                table: "Contacts",
                columns: new[] { "IsArchived", "SortName" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_SearchName_Trigram",
                table: "Contacts",
                column: "SearchName")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_IsArchived_SortName",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_SearchName_Trigram",
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
