using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <summary>
    /// Since when the server has answered "try again later" (4xx) to a message (OutboxMessage.DeferredSinceUtc): such
    /// answers no longer count as refusals, and a message is given up on only after SmtpOptions.TemporaryRefusalHours.
    /// </summary>
    public partial class OutboxDeferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeferredSinceUtc",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeferredSinceUtc",
                table: "OutboxMessages");
        }
    }
}
