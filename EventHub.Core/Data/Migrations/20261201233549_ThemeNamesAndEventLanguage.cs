using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ThemeNamesAndEventLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DutchName",
                table: "Themes",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Events",
                type: "TEXT",
                maxLength: 2,
                nullable: false,
                defaultValue: "nl"); // the alliance writes its events in Dutch; organisers change it where not

            migrationBuilder.UpdateData(
                table: "Themes",
                keyColumn: "Id",
                keyValue: 1,
                column: "DutchName",
                value: "SDG 4 Kwaliteitsonderwijs");

            migrationBuilder.UpdateData(
                table: "Themes",
                keyColumn: "Id",
                keyValue: 2,
                column: "DutchName",
                value: "SDG 10 Ongelijkheid verminderen");

            migrationBuilder.UpdateData(
                table: "Themes",
                keyColumn: "Id",
                keyValue: 3,
                column: "DutchName",
                value: "Jonge kinderen en schoolrijpheid");

            migrationBuilder.UpdateData(
                table: "Themes",
                keyColumn: "Id",
                keyValue: 4,
                column: "DutchName",
                value: "Taal en geletterdheid");

            migrationBuilder.UpdateData(
                table: "Themes",
                keyColumn: "Id",
                keyValue: 5,
                column: "DutchName",
                value: "Ouderbetrokkenheid");

            migrationBuilder.UpdateData(
                table: "Themes",
                keyColumn: "Id",
                keyValue: 6,
                column: "DutchName",
                value: "Van school naar werk");

            migrationBuilder.UpdateData(
                table: "Themes",
                keyColumn: "Id",
                keyValue: 7,
                column: "DutchName",
                value: "Leven lang leren");

            // Someone who declined keeps no needs (Invitation.StateNeeds): forget those stored before that rule.
            migrationBuilder.Sql(
                "UPDATE \"Invitations\" SET \"AccessNeeds\" = 0, \"InterpretationLanguage\" = NULL, \"OtherNeeds\" = NULL, \"DietaryNeeds\" = NULL " +
                "WHERE \"Status\" = 'Declined';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DutchName",
                table: "Themes");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Events");
        }
    }
}
