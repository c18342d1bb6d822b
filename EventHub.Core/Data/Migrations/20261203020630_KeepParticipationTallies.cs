using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class KeepParticipationTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParticipationTallies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SubSector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Invited = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Attended = table.Column<int>(type: "INTEGER", nullable: false),
                    WalkIns = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationTallies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipationTallies_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParticipationTallyStamps",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationTallyStamps", x => x.EventId);
                    table.ForeignKey(
                        name: "FK_ParticipationTallyStamps_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationTallies_EventId",
                table: "ParticipationTallies",
                column: "EventId");

            // A kept tally is stale once anything it counted changes: these triggers delete the event's stamp in the
            // changing transaction, whoever writes (EF, ExecuteUpdate, a migration), and ParticipationTallies counts the
            // event again when it is next read.
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Invitations_ParticipationTally_Insert" AFTER INSERT ON "Invitations"
                BEGIN DELETE FROM "ParticipationTallyStamps" WHERE "EventId" = NEW."EventId"; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Invitations_ParticipationTally_Update"
                AFTER UPDATE OF "Status", "IsWalkIn", "CheckedInAtUtc", "ContactId", "EventId" ON "Invitations"
                BEGIN DELETE FROM "ParticipationTallyStamps" WHERE "EventId" IN (OLD."EventId", NEW."EventId"); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Invitations_ParticipationTally_Delete" AFTER DELETE ON "Invitations"
                BEGIN DELETE FROM "ParticipationTallyStamps" WHERE "EventId" = OLD."EventId"; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Contacts_ParticipationTally" AFTER UPDATE OF "OrganisationId" ON "Contacts"
                BEGIN DELETE FROM "ParticipationTallyStamps"
                      WHERE "EventId" IN (SELECT "EventId" FROM "Invitations" WHERE "ContactId" = NEW."Id"); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Organisations_ParticipationTally" AFTER UPDATE OF "Sector", "SubSector" ON "Organisations"
                BEGIN DELETE FROM "ParticipationTallyStamps"
                      WHERE "EventId" IN (SELECT i."EventId" FROM "Invitations" AS i INNER JOIN "Contacts" AS c ON c."Id" = i."ContactId"
                                          WHERE c."OrganisationId" = NEW."Id"); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "TR_Invitations_ParticipationTally_Insert", "TR_Invitations_ParticipationTally_Update",
                         "TR_Invitations_ParticipationTally_Delete", "TR_Contacts_ParticipationTally", "TR_Organisations_ParticipationTally" })
            {
                migrationBuilder.Sql($"DROP TRIGGER \"{trigger}\";");
            }

            migrationBuilder.DropTable(
                name: "ParticipationTallies");

            migrationBuilder.DropTable(
                name: "ParticipationTallyStamps");
        }
    }
}
