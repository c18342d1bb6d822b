using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <summary>
    /// Outbox messages keep their recipient's name and address folded for search (case and accents do not count), as
    /// events keep their title (SearchKeys). The keys of messages written before are filled at start-up and by migrate
    /// (Data/SearchKeysUpgrade).
    /// </summary>
    public partial class OutboxSearchKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchRecipient",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 455,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchRecipient",
                table: "OutboxMessages");
        }
    }
}
