using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyNoticeVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PrivacyNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    TextNl = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyNotices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyNotices_Version",
                table: "PrivacyNotices",
                column: "Version",
                unique: true);

            // The first version is the notice partners have read since November 2026 (the RSVP page's texts then), so
            // nothing changes for them until an admin publishes an edit. The retention sentence is not in it: the page
            // adds that from the EventHub:Privacy settings.
            migrationBuilder.InsertData(
                table: "PrivacyNotices",
                columns: ["Version", "TextEn", "TextNl", "PublishedAtUtc", "PublishedBy"],
                values: new object[]
                {
                    "2026-11",
                    "- We store your answer, the sessions you choose, and the access and dietary needs you give.\n" +
                    "- Only the organisers of this event see your needs; nobody outside the organisation sees your answer.",
                    "- We bewaren uw antwoord en de programmaonderdelen die u kiest. Ook bewaren we uw wensen voor toegankelijkheid en eten.\n" +
                    "- Alleen de organisatoren van deze bijeenkomst zien uw wensen. Niemand buiten de organisatie ziet uw antwoord.",
                    new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
                    "EventHub",
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrivacyNotices");
        }
    }
}
