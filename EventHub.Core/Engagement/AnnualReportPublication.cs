using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Engagement;

/// <summary>
/// Says a year's public annual report (<c>/alliance/{year}</c>) is published: the alliance chose to show that year's
/// figures to anyone. Without it the public address answers "not found"; organisers see a preview.
/// </summary>
public class AnnualReportPublication
{
    private AnnualReportPublication()
    {
    }

    internal AnnualReportPublication(int year, DateTime publishedAtUtc)
    {
        Year = year;
        PublishedAtUtc = publishedAtUtc;
    }

    public int Year { get; private set; }
    public DateTime PublishedAtUtc { get; private set; }
}

internal sealed class AnnualReportPublicationConfiguration : IEntityTypeConfiguration<AnnualReportPublication>
{
    public void Configure(EntityTypeBuilder<AnnualReportPublication> builder)
    {
        builder.HasKey(p => p.Year);
        builder.Property(p => p.Year).ValueGeneratedNever();
    }
}
