using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(Event.TitleMaxLength);
        builder.Property(e => e.SearchTitle).HasMaxLength(Event.TitleMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.Description).HasMaxLength(20_000);
        builder.Property(e => e.InvitationMessageEn).HasMaxLength(Event.InvitationMessageMaxLength);
        builder.Property(e => e.InvitationMessageNl).HasMaxLength(Event.InvitationMessageMaxLength);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.Property(e => e.OnlineUrl).HasMaxLength(500);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.CancellationReason).HasMaxLength(1000);
        builder.HasIndex(e => e.StartUtc);
        builder.HasOne(e => e.Venue).WithMany()
            .HasForeignKey(e => e.VenueId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Sessions).WithOne(s => s.Event)
            .HasForeignKey(s => s.EventId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Sessions).HasField("_sessions");
        builder.Property(e => e.OrganiserName).HasMaxLength(200);
        builder.Property(e => e.OrganiserEmail).HasMaxLength(254);
        builder.Property(e => e.Slug).HasMaxLength(120);
        builder.Property(e => e.ReminderDays).HasMaxLength(40).HasDefaultValue(EventReminders.DefaultDays);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasMany(e => e.Themes).WithMany().UsingEntity("EventThemes");
        builder.Navigation(e => e.Themes).HasField("_themes");
        builder.Ignore(e => e.LocalStart);
        builder.Ignore(e => e.LocalEnd);
        builder.Ignore(e => e.PublicOnlineUrl);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(Session.TitleMaxLength);
        builder.Property(s => s.SearchTitle).HasMaxLength(Session.TitleMaxLength);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(s => s.Room).WithMany()
            .HasForeignKey(s => s.RoomId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.EventId, s.StartUtc });
        builder.Property(s => s.Description).HasMaxLength(Session.DescriptionMaxLength);
        builder.HasMany(s => s.Facilitators).WithMany().UsingEntity("SessionFacilitators");
        builder.Navigation(s => s.Facilitators).HasField("_facilitators");
    }
}
