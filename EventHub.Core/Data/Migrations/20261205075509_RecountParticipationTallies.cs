using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <summary>
    /// "Invited" no longer counts an invitation passed on to a colleague (InvitedRule): every kept tally was counted by the
    /// old rule, so its stamp goes and the alliance dashboard counts each event again when it next reads it.
    /// </summary>
    public partial class RecountParticipationTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ParticipationTallyStamps";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the tallies are counted again from the invitations whenever their stamp is missing.
        }
    }
}
