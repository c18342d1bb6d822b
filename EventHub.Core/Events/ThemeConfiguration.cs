using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Events;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Theme.NameMaxLength);
        builder.Property(t => t.NormalizedName).HasMaxLength(Theme.NameMaxLength);
        builder.HasIndex(t => t.NormalizedName).IsUnique();
        builder.HasData(StartingThemes.Select((name, i) => new
        {
            Id = i + 1,
            Name = name,
            NormalizedName = Common.TextNormalizer.ForUniqueness(name),
            IsArchived = false,
        }));
    }

    /// <summary>The themes every installation starts with: the two SDGs the alliance reports on, and its own.</summary>
    internal static readonly string[] StartingThemes =
    [
        "SDG 4 Quality education",
        "SDG 10 Reduced inequalities",
        "Early childhood and school readiness",
        "Language and literacy",
        "Parental involvement",
        "From school to work",
        "Lifelong learning",
    ];
}
