using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Events;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Theme.NameMaxLength);
        builder.Property(t => t.DutchName).HasMaxLength(Theme.NameMaxLength);
        builder.Property(t => t.NormalizedName).HasMaxLength(Theme.NameMaxLength);
        builder.HasIndex(t => t.NormalizedName).IsUnique();
        builder.HasData(StartingThemes.Select((theme, i) => new
        {
            Id = i + 1,
            theme.Name,
            theme.DutchName,
            NormalizedName = Common.TextNormalizer.ForUniqueness(theme.Name),
            IsArchived = false,
        }));
    }

    /// <summary>The themes every installation starts with: the two SDGs the alliance reports on, and its own.</summary>
    internal static readonly (string Name, string DutchName)[] StartingThemes =
    [
        ("SDG 4 Quality education", "SDG 4 Kwaliteitsonderwijs"),
        ("SDG 10 Reduced inequalities", "SDG 10 Ongelijkheid verminderen"),
        ("Early childhood and school readiness", "Jonge kinderen en schoolrijpheid"),
        ("Language and literacy", "Taal en geletterdheid"),
        ("Parental involvement", "Ouderbetrokkenheid"),
        ("From school to work", "Van school naar werk"),
        ("Lifelong learning", "Leven lang leren"),
    ];
}
