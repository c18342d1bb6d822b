using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoverPeoplesInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invitations_ContactId",
                table: "Invitations");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_ContactId_EventId_Status_CheckedInAtUtc",
                table: "Invitations",
                columns: new[] { "ContactId", "EventId", "Status", "CheckedInAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invitations_ContactId_EventId_Status_CheckedInAtUtc",
                table: "Invitations");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_ContactId",
                table: "Invitations",
                column: "ContactId");
        }
    }
}
