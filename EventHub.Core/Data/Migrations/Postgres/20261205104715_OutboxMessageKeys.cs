using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations.Postgres
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
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
            // Every existing message gets its own random key.
            migrationBuilder.Sql("""UPDATE "OutboxMessages" SET "MessageKey" = gen_random_uuid();""");
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
