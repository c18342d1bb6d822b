using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Accounts;

internal sealed class AccountLinkConfiguration : IEntityTypeConfiguration<AccountLink>
{
    public void Configure(EntityTypeBuilder<AccountLink> builder)
    {
        builder.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccountAuditRecordConfiguration : IEntityTypeConfiguration<AccountAuditRecord>
{
    public void Configure(EntityTypeBuilder<AccountAuditRecord> builder)
    {
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.AccountId).HasMaxLength(450);
        builder.Property(r => r.AccountEmail).HasMaxLength(256);
        builder.Property(r => r.ActorId).HasMaxLength(450);
        builder.Property(r => r.ActorName).HasMaxLength(200);
        builder.Property(r => r.Detail).HasMaxLength(AccountAuditRecord.DetailMaxLength);
        builder.HasIndex(r => new { r.AccountId, r.AtUtc });
    }
}
