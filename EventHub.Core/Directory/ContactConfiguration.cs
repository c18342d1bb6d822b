using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Directory;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.LastName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.NameKey).HasMaxLength(2 * Contact.NameMaxLength);
        builder.Property(c => c.Email).HasMaxLength(Contact.EmailMaxLength);
        builder.Property(c => c.NormalizedEmail).HasMaxLength(Contact.EmailMaxLength);
        // Unique among live records; a merged record keeps its address for history without blocking it.
        builder.HasIndex(c => c.NormalizedEmail).IsUnique().HasFilter("\"MergedIntoId\" IS NULL");
        builder.Property(c => c.EmailDomain).HasMaxLength(Contact.EmailMaxLength);
        builder.HasIndex(c => new { c.EmailDomain, c.OrganisationId });
        builder.Property(c => c.Phone).HasMaxLength(Contact.PhoneMaxLength);
        builder.Property(c => c.JobTitle).HasMaxLength(Contact.JobTitleMaxLength);
        builder.HasOne(c => c.Organisation).WithMany()
            .HasForeignKey(c => c.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganisationId, c.NameKey });
        builder.Property(c => c.SearchName).HasMaxLength(ContactNameKeys.MaxLength);
        builder.Property(c => c.SortName).HasMaxLength(ContactNameKeys.MaxLength);
        builder.HasIndex(c => new { c.IsArchived, c.SortName });
        builder.HasMany(c => c.Affiliations).WithOne(a => a.Contact)
            .HasForeignKey(a => a.ContactId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Affiliations).HasField("_affiliations");
        // Records from before sources were noted count as entered by staff.
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(16).HasDefaultValue(ContactSource.Entered);
        builder.Ignore(c => c.DoNotInvite);
        builder.Ignore(c => c.OwesSourceNotice);
        builder.HasMany(c => c.StopLinks).WithOne(l => l.Contact)
            .HasForeignKey(l => l.ContactId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.StopLinks).HasField("_stopLinks");
    }
}

internal sealed class ContactStopLinkConfiguration : IEntityTypeConfiguration<ContactStopLink>
{
    public void Configure(EntityTypeBuilder<ContactStopLink> builder)
    {
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
    }
}

internal sealed class ContactAffiliationConfiguration : IEntityTypeConfiguration<ContactAffiliation>
{
    public void Configure(EntityTypeBuilder<ContactAffiliation> builder)
    {
        builder.HasOne(a => a.Organisation).WithMany()
            .HasForeignKey(a => a.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OrganisationId, a.StartedAtUtc });
    }
}
