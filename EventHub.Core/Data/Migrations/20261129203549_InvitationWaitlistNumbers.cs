using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class InvitationWaitlistNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invitations_EventId_Status_WaitlistedAtUtc",
                table: "Invitations");

            migrationBuilder.AddColumn<long>(
                name: "WaitlistNumber",
                table: "Invitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_EventId_WaitlistNumber",
                table: "Invitations",
                columns: new[] { "EventId", "WaitlistNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invitations_EventId_WaitlistNumber",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "WaitlistNumber",
                table: "Invitations");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_EventId_Status_WaitlistedAtUtc",
                table: "Invitations",
                columns: new[] { "EventId", "Status", "WaitlistedAtUtc" });
        }
    }
}
