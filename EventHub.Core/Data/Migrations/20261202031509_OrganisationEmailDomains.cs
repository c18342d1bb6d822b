using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationEmailDomains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmailDomains",
                table: "Organisations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvitationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NomineeInvitationId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nominations_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Nominations_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Nominations_Invitations_NomineeInvitationId",
                        column: x => x.NomineeInvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_EventId_Status",
                table: "Nominations",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_InvitationId_CreatedAtUtc",
                table: "Nominations",
                columns: new[] { "InvitationId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_NomineeInvitationId",
                table: "Nominations",
                column: "NomineeInvitationId");

            // Each organisation's own email domains, pre-filled from its contacts' addresses (issue 13): partners name
            // colleagues and delegates there without an organiser's approval. Free-mail and provider domains belong to no
            // organisation, so they are left out; organisers can edit the list on the organisation's page.
            migrationBuilder.Sql("""
                UPDATE "Organisations" SET "EmailDomains" = (
                    SELECT group_concat("EmailDomain", ', ') FROM (
                        SELECT DISTINCT c."EmailDomain" FROM "Contacts" c
                        WHERE c."OrganisationId" = "Organisations"."Id" AND c."MergedIntoId" IS NULL AND c."EmailDomain" <> ''
                          AND c."EmailDomain" NOT IN ('gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.nl', 'outlook.com', 'outlook.nl',
                              'live.com', 'live.nl', 'msn.com', 'yahoo.com', 'yahoo.nl', 'icloud.com', 'me.com', 'aol.com', 'gmx.com', 'gmx.net',
                              'mail.com', 'proton.me', 'protonmail.com', 'ziggo.nl', 'kpnmail.nl', 'kpnplanet.nl', 'planet.nl', 'home.nl',
                              'hetnet.nl', 'xs4all.nl', 'casema.nl', 'chello.nl', 'upcmail.nl', 'zeelandnet.nl', 'telfort.nl', 'tele2.nl',
                              'online.nl', 'quicknet.nl', 'caiway.nl', 'solcon.nl', 'hccnet.nl')
                        ORDER BY c."EmailDomain"))
                WHERE "MergedIntoId" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropColumn(
                name: "EmailDomains",
                table: "Organisations");
        }
    }
}
