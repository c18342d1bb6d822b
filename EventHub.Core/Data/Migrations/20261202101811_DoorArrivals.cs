using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class DoorArrivals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AdmittedAtDoor",
                table: "Invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "CheckInOperationId",
                table: "Invitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckedInByName",
                table: "Invitations",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckedInByUserId",
                table: "Invitations",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsWalkIn",
                table: "Invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_EventId_CheckInOperationId",
                table: "Invitations",
                columns: new[] { "EventId", "CheckInOperationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invitations_EventId_CheckInOperationId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "AdmittedAtDoor",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "CheckInOperationId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "CheckedInByName",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "CheckedInByUserId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "IsWalkIn",
                table: "Invitations");
        }
    }
}
