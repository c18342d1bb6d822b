using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <summary>
    /// A column for the personal link tokens of unsent outbox messages, kept apart from the text and encrypted. Moving
    /// the tokens that older rows still hold in their text needs the app's Data Protection key ring, so that happens at
    /// start-up in code (<see cref="EventHub.Core.Outbox.OutboxLinkUpgrade"/>), once and idempotently, not here.
    /// </summary>
    public partial class OutboxTokensApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProtectedLinkTokens",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProtectedLinkTokens",
                table: "OutboxMessages");
        }
    }
}
