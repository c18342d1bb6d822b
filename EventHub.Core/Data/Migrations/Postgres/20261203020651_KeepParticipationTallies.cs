using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EventHub.Core.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    Sector = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SubSector = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Invited = table.Column<int>(type: "integer", nullable: false),
                    Accepted = table.Column<int>(type: "integer", nullable: false),
                    Attended = table.Column<int>(type: "integer", nullable: false),
                    WalkIns = table.Column<int>(type: "integer", nullable: false)
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
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    CountedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
            // changing transaction, whoever writes, and ParticipationTallies counts the event again when it is next read.
            // Each takes the advisory lock 19501300641983609 (ParticipationTallies.AdvisoryLockKey) shared, which a
            // count takes exclusively: a count never runs beside an uncommitted change it could miss.
            migrationBuilder.Sql("""
                CREATE FUNCTION "ParticipationTally_Invitation"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock_shared(19501300641983609);
                    IF TG_OP <> 'INSERT' THEN
                        DELETE FROM "ParticipationTallyStamps" WHERE "EventId" = OLD."EventId";
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        DELETE FROM "ParticipationTallyStamps" WHERE "EventId" = NEW."EventId";
                    END IF;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Invitations_ParticipationTally"
                AFTER INSERT OR DELETE OR UPDATE OF "Status", "IsWalkIn", "CheckedInAtUtc", "ContactId", "EventId" ON "Invitations"
                FOR EACH ROW EXECUTE FUNCTION "ParticipationTally_Invitation"();
                """);
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
                CREATE FUNCTION "ParticipationTally_Organisation"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock_shared(19501300641983609);
                    DELETE FROM "ParticipationTallyStamps"
                     WHERE "EventId" IN (SELECT i."EventId" FROM "Invitations" AS i INNER JOIN "Contacts" AS c ON c."Id" = i."ContactId"
                                         WHERE c."OrganisationId" = NEW."Id");
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Organisations_ParticipationTally" AFTER UPDATE OF "Sector", "SubSector" ON "Organisations"
                FOR EACH ROW EXECUTE FUNCTION "ParticipationTally_Organisation"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Invitations_ParticipationTally" ON "Invitations";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Contacts_ParticipationTally" ON "Contacts";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Organisations_ParticipationTally" ON "Organisations";""");
            migrationBuilder.Sql("""DROP FUNCTION "ParticipationTally_Invitation"();""");
            migrationBuilder.Sql("""DROP FUNCTION "ParticipationTally_Contact"();""");
            migrationBuilder.Sql("""DROP FUNCTION "ParticipationTally_Organisation"();""");

            migrationBuilder.DropTable(
                name: "ParticipationTallies");

            migrationBuilder.DropTable(
                name: "ParticipationTallyStamps");
        }
    }
}
