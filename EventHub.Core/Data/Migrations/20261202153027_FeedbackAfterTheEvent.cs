using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackAfterTheEvent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FeedbackClosesAtUtc",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FeedbackRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvitationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackRequests_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackRequests_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FeedbackRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Heard = table.Column<int>(type: "INTEGER", nullable: false),
                    Worthwhile = table.Column<int>(type: "INTEGER", nullable: false),
                    RightMix = table.Column<int>(type: "INTEGER", nullable: false),
                    ShouldChange = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackAnswers", x => x.Id);
                    table.CheckConstraint("CK_FeedbackAnswers_Heard", "\"Heard\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_FeedbackAnswers_RightMix", "\"RightMix\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_FeedbackAnswers_Worthwhile", "\"Worthwhile\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_FeedbackAnswers_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackAnswers_FeedbackRequests_FeedbackRequestId",
                        column: x => x.FeedbackRequestId,
                        principalTable: "FeedbackRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackAnswers_EventId_Sector",
                table: "FeedbackAnswers",
                columns: new[] { "EventId", "Sector" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackAnswers_FeedbackRequestId",
                table: "FeedbackAnswers",
                column: "FeedbackRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRequests_EventId",
                table: "FeedbackRequests",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRequests_InvitationId",
                table: "FeedbackRequests",
                column: "InvitationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRequests_TokenHash",
                table: "FeedbackRequests",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackAnswers");

            migrationBuilder.DropTable(
                name: "FeedbackRequests");

            migrationBuilder.DropColumn(
                name: "FeedbackClosesAtUtc",
                table: "Events");
        }
    }
}
