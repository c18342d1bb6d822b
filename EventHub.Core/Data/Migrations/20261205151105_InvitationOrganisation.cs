using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <summary>
    /// The organisation a guest comes for is kept on the invitation (Invitation.OrganisationId), so a past meeting's
    /// sector mix no longer changes when someone later changes jobs. Existing invitations get the organisation the person
    /// belonged to when the event began (their membership open then), else the one they belong to now. The kept tallies
    /// count by it: their triggers watch the invitation's organisation instead of the contact's, and every kept tally is
    /// counted again.
    /// </summary>
    /// <remarks>
    /// The column and its foreign key are added in one ALTER TABLE: EF would add the key by rebuilding the Invitations
    /// table at the end of the migration, and SQLite drops a table's triggers with it.
    /// </remarks>
    public partial class InvitationOrganisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Invitations" ADD "OrganisationId" INTEGER NULL
                    CONSTRAINT "FK_Invitations_Organisations_OrganisationId" REFERENCES "Organisations" ("Id") ON DELETE RESTRICT;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_OrganisationId_EventId_Status_CheckedInAtUtc",
                table: "Invitations",
                columns: new[] { "OrganisationId", "EventId", "Status", "CheckedInAtUtc" });

            migrationBuilder.Sql("""
                UPDATE "Invitations" SET "OrganisationId" = COALESCE(
                    (SELECT a."OrganisationId" FROM "ContactAffiliations" AS a INNER JOIN "Events" AS e ON e."Id" = "Invitations"."EventId"
                      WHERE a."ContactId" = "Invitations"."ContactId" AND a."StartedAtUtc" <= e."StartUtc"
                        AND (a."EndedAtUtc" IS NULL OR a."EndedAtUtc" > e."StartUtc")
                      ORDER BY a."StartedAtUtc" DESC, a."Id" DESC LIMIT 1),
                    (SELECT c."OrganisationId" FROM "Contacts" AS c WHERE c."Id" = "Invitations"."ContactId"));
                """);

            // As in KeepParticipationTallies, with the invitation's organisation in place of the contact's. A person who
            // moves changes their invitations to meetings still ahead (InvitationsFollowContacts), which the update
            // trigger sees; the contact's own organisation no longer counts anywhere, so its trigger goes.
            migrationBuilder.Sql("""DROP TRIGGER "TR_Invitations_ParticipationTally_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Contacts_ParticipationTally";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Organisations_ParticipationTally";""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Invitations_ParticipationTally_Update"
                AFTER UPDATE OF "Status", "IsWalkIn", "CheckedInAtUtc", "ContactId", "EventId", "OrganisationId" ON "Invitations"
                BEGIN DELETE FROM "ParticipationTallyStamps" WHERE "EventId" IN (OLD."EventId", NEW."EventId"); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Organisations_ParticipationTally" AFTER UPDATE OF "Sector", "SubSector" ON "Organisations"
                BEGIN DELETE FROM "ParticipationTallyStamps"
                      WHERE "EventId" IN (SELECT "EventId" FROM "Invitations" WHERE "OrganisationId" = NEW."Id"); END;
                """);

            // Every kept tally was counted by the contacts' organisations of today.
            migrationBuilder.Sql("""DELETE FROM "ParticipationTallyStamps";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Invitations_ParticipationTally_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Organisations_ParticipationTally";""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Invitations_ParticipationTally_Update"
                AFTER UPDATE OF "Status", "IsWalkIn", "CheckedInAtUtc", "ContactId", "EventId" ON "Invitations"
                BEGIN DELETE FROM "ParticipationTallyStamps" WHERE "EventId" IN (OLD."EventId", NEW."EventId"); END;
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
            migrationBuilder.Sql("""DELETE FROM "ParticipationTallyStamps";""");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_OrganisationId_EventId_Status_CheckedInAtUtc",
                table: "Invitations");

            // The column stays: SQLite drops a column that is a foreign key only by rebuilding the table, which would take
            // the tally triggers with it. The model before this migration does not read or write it.
        }
    }
}
