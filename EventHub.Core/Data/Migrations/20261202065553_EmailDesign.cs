using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmailDesign : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentId",
                table: "OutboxAttachment",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitationMessageEn",
                table: "Events",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitationMessageNl",
                table: "Events",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EmailBranding",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AllianceName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ReplyToAddress = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    SignatureEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SignatureNl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Logo = table.Column<byte[]>(type: "BLOB", nullable: true),
                    LogoContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailBranding", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmailBranding");

            migrationBuilder.DropColumn(
                name: "ContentId",
                table: "OutboxAttachment");

            migrationBuilder.DropColumn(
                name: "InvitationMessageEn",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "InvitationMessageNl",
                table: "Events");
        }
    }
}
