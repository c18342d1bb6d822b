using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Events;

internal sealed class VenueConfiguration : IEntityTypeConfiguration<Venue>
{
    public void Configure(EntityTypeBuilder<Venue> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.Property(v => v.Address).HasMaxLength(500);
        builder.HasMany(v => v.Rooms).WithOne(r => r.Venue)
            .HasForeignKey(r => r.VenueId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Rooms).HasField("_rooms");
        builder.Property(v => v.Accessibility).HasConversion<int>();
    }
}

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasIndex(r => new { r.VenueId, r.Name }).IsUnique();
        builder.Property(r => r.Accessibility).HasConversion<int>();
    }
}
