using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class BackfillDirectoryKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows that existed before the directory keys get them (in its own migration: SQLite rebuilt these
            // tables in the previous one). Idempotent: only rows still without keys or history are touched.
            migrationBuilder.Sql("UPDATE Organisations SET MatchKey = lower(replace(replace(replace(Name, ' ', ''), '-', ''), '.', '')), UpdatedAtUtc = CreatedAtUtc WHERE MatchKey = '';");
            migrationBuilder.Sql("UPDATE Contacts SET NameKey = lower(replace(FirstName || LastName, ' ', '')), EmailDomain = substr(NormalizedEmail, instr(NormalizedEmail, '@') + 1), UpdatedAtUtc = CreatedAtUtc WHERE NameKey = '';");
            migrationBuilder.Sql("INSERT INTO ContactAffiliations (ContactId, OrganisationId, StartedAtUtc) SELECT Id, OrganisationId, CreatedAtUtc FROM Contacts c WHERE OrganisationId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ContactAffiliations a WHERE a.ContactId = c.Id);");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
