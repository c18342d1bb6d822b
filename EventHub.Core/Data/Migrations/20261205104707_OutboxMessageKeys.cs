using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <summary>
    /// A random key per message (OutboxMessage.MessageKey) for its Message-ID, which was built from the row's id and so
    /// repeated after a backup was restored and across installations.
    /// </summary>
    public partial class OutboxMessageKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MessageKey",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
            // Every existing message gets its own random key, in the form EF Core stores a Guid in on SQLite (upper-case text).
            migrationBuilder.Sql("""
                UPDATE "OutboxMessages" SET "MessageKey" =
                    hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MessageKey",
                table: "OutboxMessages");
        }
    }
}
