using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class GuestMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GuestMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SenderId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    SubjectNl = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TextNl = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    FilterStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FilterSector = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FilterOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    FilterSessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    FilterHasAccessNeeds = table.Column<bool>(type: "INTEGER", nullable: true),
                    FilterCheckedIn = table.Column<bool>(type: "INTEGER", nullable: true),
                    FilterSearch = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecipientCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LeftOutCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuestMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuestMessages_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GuestMessageRecipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuestMessageId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvitationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    OutboxMessageId = table.Column<int>(type: "INTEGER", nullable: true),
                    LeftOut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuestMessageRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuestMessageRecipients_GuestMessages_GuestMessageId",
                        column: x => x.GuestMessageId,
                        principalTable: "GuestMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GuestMessageRecipients_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GuestMessageRecipients_OutboxMessages_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "OutboxMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuestMessageRecipients_GuestMessageId_InvitationId",
                table: "GuestMessageRecipients",
                columns: new[] { "GuestMessageId", "InvitationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuestMessageRecipients_InvitationId",
                table: "GuestMessageRecipients",
                column: "InvitationId");

            migrationBuilder.CreateIndex(
                name: "IX_GuestMessageRecipients_OutboxMessageId",
                table: "GuestMessageRecipients",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_GuestMessages_EventId_SentAtUtc",
                table: "GuestMessages",
                columns: new[] { "EventId", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GuestMessages_IdempotencyKey",
                table: "GuestMessages",
                column: "IdempotencyKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GuestMessageRecipients");

            migrationBuilder.DropTable(
                name: "GuestMessages");
        }
    }
}
