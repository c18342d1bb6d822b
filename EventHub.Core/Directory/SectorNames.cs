using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Directory;

/// <summary>
/// Every name a sector or sub-sector is known by, for recognising what people type in an import: the enum name and
/// its English and Dutch names, which are the names screens and exports show (<c>Sector_*</c>, <c>SubSector_*</c> in
/// <see cref="CoreTexts"/>), so an exported file always imports back.
/// </summary>
public static class SectorNames
{
    public static IEnumerable<(Sector Value, string Alias)> SectorAliases() => Aliases<Sector>();

    public static IEnumerable<(SubSector Value, string Alias)> SubSectorAliases() => Aliases<SubSector>();

    private static IEnumerable<(T Value, string Alias)> Aliases<T>() where T : struct, Enum =>
        Enum.GetValues<T>().SelectMany(value => new[]
        {
            (value, value.ToString()), (value, Localized.Core(Language.En).Name(value)), (value, Localized.Core(Language.Nl).Name(value)),
        });
}
