using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Actions;

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.Property(a => a.What).HasMaxLength(ActionItem.WhatMaxLength);
        builder.Property(a => a.SearchWhat).HasMaxLength(ActionItem.WhatMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.OwnerTokenHash).HasMaxLength(64);
        builder.HasIndex(a => a.OwnerTokenHash).IsUnique();
        builder.HasIndex(a => new { a.Status, a.DueOn });
        builder.HasOne(a => a.Session).WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.OwnerOrganisation).WithMany().HasForeignKey(a => a.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.OwnerContact).WithMany().HasForeignKey(a => a.OwnerContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Updates).HasField("_updates");
        builder.Ignore(a => a.IsOpen);
    }
}

internal sealed class ActionItemUpdateConfiguration : IEntityTypeConfiguration<ActionItemUpdate>
{
    public void Configure(EntityTypeBuilder<ActionItemUpdate> builder)
    {
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Note).HasMaxLength(ActionItemUpdate.NoteMaxLength);
        builder.Property(u => u.By).HasMaxLength(200);
        builder.Property(u => u.ByUserId).HasMaxLength(450);
        builder.HasIndex(u => new { u.ActionItemId, u.AtUtc });
        builder.HasOne<Events.Event>().WithMany().HasForeignKey(u => u.AtEventId).OnDelete(DeleteBehavior.SetNull);
    }
}
