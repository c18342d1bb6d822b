using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutcomesActionsAndDelegates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CheckInCode",
                table: "Invitations",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckedInAtUtc",
                table: "Invitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DelegateSeats",
                table: "Invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NominatedThroughId",
                table: "Invitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReminderDays",
                table: "Events",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "7,2");

            migrationBuilder.CreateTable(
                name: "ActionItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionItems_Contacts_OwnerContactId",
                        column: x => x.OwnerContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ActionItems_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionItems_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventReports_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionOutcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FinalisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionOutcomes_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionItemUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActionItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AtEventId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItemUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionItemUpdates_ActionItems_ActionItemId",
                        column: x => x.ActionItemId,
                        principalTable: "ActionItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionItemUpdates_Events_AtEventId",
                        column: x => x.AtEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeStatements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionOutcomeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreedToBeNamed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeStatements_SessionOutcomes_SessionOutcomeId",
                        column: x => x.SessionOutcomeId,
                        principalTable: "SessionOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SectorShare",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionOutcomeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorShare", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectorShare_SessionOutcomes_SessionOutcomeId",
                        column: x => x.SessionOutcomeId,
                        principalTable: "SessionOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionOutcomeThemes",
                columns: table => new
                {
                    SessionOutcomeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionOutcomeThemes", x => new { x.SessionOutcomeId, x.ThemesId });
                    table.ForeignKey(
                        name: "FK_SessionOutcomeThemes_SessionOutcomes_SessionOutcomeId",
                        column: x => x.SessionOutcomeId,
                        principalTable: "SessionOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionOutcomeThemes_Themes_ThemesId",
                        column: x => x.ThemesId,
                        principalTable: "Themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeStatementOrganisations",
                columns: table => new
                {
                    NamedOrganisationsId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeStatementId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeStatementOrganisations", x => new { x.NamedOrganisationsId, x.OutcomeStatementId });
                    table.ForeignKey(
                        name: "FK_OutcomeStatementOrganisations_Organisations_NamedOrganisationsId",
                        column: x => x.NamedOrganisationsId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutcomeStatementOrganisations_OutcomeStatements_OutcomeStatementId",
                        column: x => x.OutcomeStatementId,
                        principalTable: "OutcomeStatements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Invitations sent before check-in codes existed get one now (hex: still unguessable, still typeable).
            migrationBuilder.Sql("UPDATE Invitations SET CheckInCode = upper(hex(randomblob(5))) WHERE TokenHash IS NOT NULL AND CheckInCode IS NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_CheckInCode",
                table: "Invitations",
                column: "CheckInCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_NominatedThroughId",
                table: "Invitations",
                column: "NominatedThroughId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_OwnerContactId",
                table: "ActionItems",
                column: "OwnerContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_OwnerOrganisationId",
                table: "ActionItems",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_OwnerTokenHash",
                table: "ActionItems",
                column: "OwnerTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_SessionId",
                table: "ActionItems",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_Status_DueOn",
                table: "ActionItems",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItemUpdates_ActionItemId_AtUtc",
                table: "ActionItemUpdates",
                columns: new[] { "ActionItemId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItemUpdates_AtEventId",
                table: "ActionItemUpdates",
                column: "AtEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventReports_EventId",
                table: "EventReports",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeStatementOrganisations_OutcomeStatementId",
                table: "OutcomeStatementOrganisations",
                column: "OutcomeStatementId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeStatements_SessionOutcomeId",
                table: "OutcomeStatements",
                column: "SessionOutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_SectorShare_SessionOutcomeId_Sector",
                table: "SectorShare",
                columns: new[] { "SessionOutcomeId", "Sector" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionOutcomes_SessionId",
                table: "SessionOutcomes",
                column: "SessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionOutcomeThemes_ThemesId",
                table: "SessionOutcomeThemes",
                column: "ThemesId");

            migrationBuilder.AddForeignKey(
                name: "FK_Invitations_Invitations_NominatedThroughId",
                table: "Invitations",
                column: "NominatedThroughId",
                principalTable: "Invitations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Invitations_Invitations_NominatedThroughId",
                table: "Invitations");

            migrationBuilder.DropTable(
                name: "ActionItemUpdates");

            migrationBuilder.DropTable(
                name: "EventReports");

            migrationBuilder.DropTable(
                name: "OutcomeStatementOrganisations");

            migrationBuilder.DropTable(
                name: "SectorShare");

            migrationBuilder.DropTable(
                name: "SessionOutcomeThemes");

            migrationBuilder.DropTable(
                name: "ActionItems");

            migrationBuilder.DropTable(
                name: "OutcomeStatements");

            migrationBuilder.DropTable(
                name: "SessionOutcomes");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_CheckInCode",
                table: "Invitations");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_NominatedThroughId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "CheckInCode",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "CheckedInAtUtc",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "DelegateSeats",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "NominatedThroughId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "ReminderDays",
                table: "Events");
        }
    }
}
