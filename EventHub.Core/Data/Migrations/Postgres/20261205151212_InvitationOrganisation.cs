using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations.Postgres
{
    /// <summary>
    /// The organisation a guest comes for is kept on the invitation (Invitation.OrganisationId), so a past meeting's
    /// sector mix no longer changes when someone later changes jobs. Existing invitations get the organisation the person
    /// belonged to when the event began (their membership open then), else the one they belong to now. The kept tallies
    /// count by it: their triggers watch the invitation's organisation instead of the contact's, and every kept tally is
    /// counted again.
    /// </summary>
    public partial class InvitationOrganisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "Invitations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_OrganisationId_EventId_Status_CheckedInAtUtc",
                table: "Invitations",
                columns: new[] { "OrganisationId", "EventId", "Status", "CheckedInAtUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_Invitations_Organisations_OrganisationId",
                table: "Invitations",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql("""
                UPDATE "Invitations" AS i SET "OrganisationId" = COALESCE(
                    (SELECT a."OrganisationId" FROM "ContactAffiliations" AS a INNER JOIN "Events" AS e ON e."Id" = i."EventId"
                      WHERE a."ContactId" = i."ContactId" AND a."StartedAtUtc" <= e."StartUtc"
                        AND (a."EndedAtUtc" IS NULL OR a."EndedAtUtc" > e."StartUtc")
                      ORDER BY a."StartedAtUtc" DESC, a."Id" DESC LIMIT 1),
                    (SELECT c."OrganisationId" FROM "Contacts" AS c WHERE c."Id" = i."ContactId"));
                """);

            // As in KeepParticipationTallies, with the invitation's organisation in place of the contact's. A person who
            // moves changes their invitations to meetings still ahead (InvitationsFollowContacts), which the invitation
            // trigger sees; the contact's own organisation no longer counts anywhere, so its trigger goes.
            InvitationTrigger(migrationBuilder, "\"Status\", \"IsWalkIn\", \"CheckedInAtUtc\", \"ContactId\", \"EventId\", \"OrganisationId\"");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Contacts_ParticipationTally" ON "Contacts";""");
            migrationBuilder.Sql("""DROP FUNCTION "ParticipationTally_Contact"();""");
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION "ParticipationTally_Organisation"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock_shared(19501300641983609);
                    DELETE FROM "ParticipationTallyStamps"
                     WHERE "EventId" IN (SELECT "EventId" FROM "Invitations" WHERE "OrganisationId" = NEW."Id");
                    RETURN NULL;
                END $$;
                """);

            // Every kept tally was counted by the contacts' organisations of today.
            migrationBuilder.Sql("""DELETE FROM "ParticipationTallyStamps";""");
        }

        private static void InvitationTrigger(MigrationBuilder migrationBuilder, string updatedColumns)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Invitations_ParticipationTally" ON "Invitations";""");
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_Invitations_ParticipationTally"
                AFTER INSERT OR DELETE OR UPDATE OF {updatedColumns} ON "Invitations"
                FOR EACH ROW EXECUTE FUNCTION "ParticipationTally_Invitation"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            InvitationTrigger(migrationBuilder, "\"Status\", \"IsWalkIn\", \"CheckedInAtUtc\", \"ContactId\", \"EventId\"");
            migrationBuilder.Sql("""
                CREATE FUNCTION "ParticipationTally_Contact"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock_shared(19501300641983609);
                    DELETE FROM "ParticipationTallyStamps"
                     WHERE "EventId" IN (SELECT "EventId" FROM "Invitations" WHERE "ContactId" = NEW."Id");
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Contacts_ParticipationTally" AFTER UPDATE OF "OrganisationId" ON "Contacts"
                FOR EACH ROW EXECUTE FUNCTION "ParticipationTally_Contact"();
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION "ParticipationTally_Organisation"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock_shared(19501300641983609);
                    DELETE FROM "ParticipationTallyStamps"
                     WHERE "EventId" IN (SELECT i."EventId" FROM "Invitations" AS i INNER JOIN "Contacts" AS c ON c."Id" = i."ContactId"
                                         WHERE c."OrganisationId" = NEW."Id");
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""DELETE FROM "ParticipationTallyStamps";""");

            migrationBuilder.DropForeignKey(
                name: "FK_Invitations_Organisations_OrganisationId",
                table: "Invitations");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_OrganisationId_EventId_Status_CheckedInAtUtc",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Invitations");
        }
    }
}
