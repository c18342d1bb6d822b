using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations.Postgres
{
    /// <summary>
    /// The server's refusals of a message are counted apart from its attempts (OutboxMessage.Refusals), so attempts during
    /// an outage no longer bring it closer to failing for good. Waiting messages start with none.
    /// </summary>
    public partial class OutboxRefusals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Refusals",
                table: "OutboxMessages",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Refusals",
                table: "OutboxMessages");
        }
    }
}
