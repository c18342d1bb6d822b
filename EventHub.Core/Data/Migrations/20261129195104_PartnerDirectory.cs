using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartnerDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_NormalizedName",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Sector_SubSector",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_LastName_FirstName",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_NormalizedEmail",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OrganisationId",
                table: "Contacts");

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Organisations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MatchKey",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Organisations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Neighbourhood",
                table: "Organisations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "Organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "EmailDomain",
                table: "Contacts",
                type: "TEXT",
                maxLength: 254,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Contacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Contacts",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "Contacts",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "ContactAffiliations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactAffiliations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactAffiliations_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactAffiliations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryMerges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SurvivorId = table.Column<int>(type: "INTEGER", nullable: false),
                    MergedId = table.Column<int>(type: "INTEGER", nullable: false),
                    MergedName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MergedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MergedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryMerges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationTags",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationTags", x => new { x.OrganisationId, x.NormalizedName });
                    table.ForeignKey(
                        name: "FK_OrganisationTags_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_IsArchived_Sector_SubSector",
                table: "Organisations",
                columns: new[] { "IsArchived", "Sector", "SubSector" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_MatchKey",
                table: "Organisations",
                column: "MatchKey");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_MergedIntoId",
                table: "Organisations",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_NormalizedName",
                table: "Organisations",
                column: "NormalizedName",
                unique: true,
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_EmailDomain_OrganisationId",
                table: "Contacts",
                columns: new[] { "EmailDomain", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_IsArchived_LastName_FirstName",
                table: "Contacts",
                columns: new[] { "IsArchived", "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_MergedIntoId",
                table: "Contacts",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_NormalizedEmail",
                table: "Contacts",
                column: "NormalizedEmail",
                unique: true,
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OrganisationId_NameKey",
                table: "Contacts",
                columns: new[] { "OrganisationId", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactAffiliations_ContactId",
                table: "ContactAffiliations",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactAffiliations_OrganisationId_StartedAtUtc",
                table: "ContactAffiliations",
                columns: new[] { "OrganisationId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryMerges_Kind_SurvivorId",
                table: "DirectoryMerges",
                columns: new[] { "Kind", "SurvivorId" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationTags_NormalizedName",
                table: "OrganisationTags",
                column: "NormalizedName");

            migrationBuilder.AddForeignKey(
                name: "FK_Contacts_Contacts_MergedIntoId",
                table: "Contacts",
                column: "MergedIntoId",
                principalTable: "Contacts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Organisations_Organisations_MergedIntoId",
                table: "Organisations",
                column: "MergedIntoId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contacts_Contacts_MergedIntoId",
                table: "Contacts");

            migrationBuilder.DropForeignKey(
                name: "FK_Organisations_Organisations_MergedIntoId",
                table: "Organisations");

            migrationBuilder.DropTable(
                name: "ContactAffiliations");

            migrationBuilder.DropTable(
                name: "DirectoryMerges");

            migrationBuilder.DropTable(
                name: "OrganisationTags");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_IsArchived_Sector_SubSector",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_MatchKey",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_MergedIntoId",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_NormalizedName",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_EmailDomain_OrganisationId",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_IsArchived_LastName_FirstName",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_MergedIntoId",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_NormalizedEmail",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_OrganisationId_NameKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "MatchKey",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Neighbourhood",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "UpdatedAtUtc",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "EmailDomain",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "UpdatedAtUtc",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_NormalizedName",
                table: "Organisations",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Sector_SubSector",
                table: "Organisations",
                columns: new[] { "Sector", "SubSector" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_LastName_FirstName",
                table: "Contacts",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_NormalizedEmail",
                table: "Contacts",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OrganisationId",
                table: "Contacts",
                column: "OrganisationId");
        }
    }
}
