using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Kind).HasMaxLength(AuditEntry.KindMaxLength);
        builder.Property(e => e.RecordId).HasMaxLength(AuditEntry.RecordIdMaxLength);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Label).HasMaxLength(AuditEntry.LabelMaxLength);
        builder.Property(e => e.Summary).HasMaxLength(AuditEntry.SummaryMaxLength);
        builder.Property(e => e.Changes)
            .HasConversion(
                changes => AuditChangesJson.Write(changes),
                json => AuditChangesJson.Read(json),
                new ValueComparer<List<AuditChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    changes => changes.Aggregate(0, (hash, change) => HashCode.Combine(hash, change.GetHashCode())),
                    changes => changes.ToList()));

        // The admin page filters by time (newest first), by who, and by kind and record.
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => new { e.ActorId, e.AtUtc });
        builder.HasIndex(e => new { e.Kind, e.RecordId, e.AtUtc });
        builder.HasIndex(e => e.ContactId);
    }
}
