using Bogus;
using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Demo;

/// <summary>
/// Deterministic Bogus fakers with Dutch data: the same seed gives the same directory every time.
/// Used by the demo seed and by the tests.
/// </summary>
public static class DemoFakers
{
    public const int DefaultSeed = 2020;

    private static readonly string[] Neighbourhoods =
        ["Centrum", "Oosterpark", "De Hoogte", "Selwerd", "Vinkhuizen", "Paddepoel", "Beijum", "Lewenborg", "Corpus den Hoorn", "Hoogkerk"];

    private static readonly string[] Tags =
        ["VVE", "taalnetwerk", "stagepact", "brede school", "ouderbetrokkenheid", "laaggeletterdheid", "kansenaanpak"];

    private static readonly Dictionary<SubSector, Func<Faker, string>> NameTemplates = new()
    {
        [SubSector.Municipality] = f => $"Gemeente {f.Address.City()}",
        [SubSector.Province] = f => $"Provincie {f.PickRandom("Groningen", "Drenthe", "Fryslân", "Overijssel")}",
        [SubSector.NationalAgency] = f => $"{f.PickRandom("DUO", "UWV", "Nationaal Jeugdfonds", "Stichting Lezen & Schrijven")} regio {f.Address.City()}",
        [SubSector.OtherPublicBody] = f => $"{f.PickRandom("GGD", "Veiligheidsregio", "Werkplein")} {f.Address.City()}",
        [SubSector.EarlyChildhood] = f => $"Kinderopvang {f.PickRandom("De Kleine Wereld", "Het Speelhuis", "Ukkie", "Kinderrijk")} {f.Address.City()}",
        [SubSector.Primary] = f => $"{f.PickRandom("Openbare basisschool", "Christelijke basisschool", "Basisschool")} {f.PickRandom("De Regenboog", "De Wegwijzer", "Het Kompas", "De Vlinder", "Tamarinde")}",
        [SubSector.Secondary] = f => $"{f.PickRandom("Lyceum", "Scholengemeenschap", "Praktijkschool")} {f.Address.City()}",
        [SubSector.Vocational] = f => $"{f.PickRandom("Noorderpoort", "Alfa-college", "Drenthe College", "MBO")} {f.Address.City()}",
        [SubSector.Higher] = f => $"{f.PickRandom("Hogeschool", "Universiteit", "Hanze Lectoraat")} {f.Address.City()}",
        [SubSector.AdultLearning] = f => $"Taalhuis {f.Address.City()}",
        [SubSector.Library] = f => $"Bibliotheek {f.Address.City()}",
        // Bogus's company names read like law firms ("Mulder, Wal and Broek"); these are kinds of employers that exist here.
        [SubSector.Employer] = f => $"{f.PickRandom("Zorggroep", "Bouwbedrijf", "Installatiebedrijf", "Transportbedrijf", "Woningcorporatie")} {f.PickRandom("Noord", "Stad en Ommeland", "Groningen", "Het Hogeland")}",
        [SubSector.SmallBusiness] = f => $"{f.Name.LastName()} {f.PickRandom("Bakkerij", "Installatietechniek", "Advies", "Drukkerij")}",
        [SubSector.SocialEnterprise] = f => $"{f.PickRandom("Werkplaats", "Leerwerkbedrijf", "Buurtcafé")} {f.Address.StreetName()}",
        [SubSector.BusinessAssociation] = f => $"Ondernemersvereniging {f.Address.City()}",
        [SubSector.Foundation] = f => $"Stichting {f.PickRandom("Kansrijk", "Samen Leren", "Vooruit", "Huiswerkhulp", "Taal voor Allen")} {f.Address.City()}",
        [SubSector.CommunityOrganisation] = f => $"Buurtcentrum {f.Address.StreetName()}",
        [SubSector.ParentsOrResidentsGroup] = f => $"{f.PickRandom("Ouderplatform", "Bewonersvereniging")} {f.Address.City()}",
        [SubSector.CultureAndSport] = f => $"{f.PickRandom("Sportclub", "Muziekschool", "Theaterwerkplaats")} {f.Address.City()}",
    };

    /// <summary>
    /// Organisations covering every sector and sub-sector: two per sub-sector, then more at random
    /// until <paramref name="count"/>. Names are unique the way the directory compares them.
    /// </summary>
    public static IReadOnlyList<Organisation> Organisations(int count, DateTime nowUtc, int seed = DefaultSeed)
    {
        var faker = new Faker("nl") { Random = new Randomizer(seed) };
        var subSectors = Enum.GetValues<SubSector>();
        var names = new HashSet<string>();
        var organisations = new List<Organisation>(count);
        for (var i = 0; i < count; i++)
        {
            var subSector = i < subSectors.Length * 2 ? subSectors[i % subSectors.Length] : faker.PickRandom(subSectors);
            var name = UniqueName(NameTemplates[subSector](faker), names);
            var organisation = new Organisation(name, SectorTaxonomy.SectorOf(subSector), subSector, nowUtc);
            organisation.Describe($"https://www.{Slug(name)}.nl", faker.Random.Bool(0.3f) ? faker.Lorem.Sentence() : null);
            organisation.UseEmailDomains($"{Slug(name)}.nl"); // its contacts' addresses (see Contacts)
            var neighbourhood = faker.PickRandom(Neighbourhoods);
            organisation.Locate($"{faker.Address.StreetAddress()}, {faker.Address.ZipCode("97## ??").ToUpperInvariant()} Groningen", neighbourhood);
            organisation.Retag(faker.PickRandom(Tags, faker.Random.Int(0, 2)).Append(neighbourhood).Take(faker.Random.Int(0, 3)));
            organisations.Add(organisation);
        }

        return organisations;
    }

    /// <summary>
    /// Contacts spread over <paramref name="organisations"/>, about one in twenty an independent resident.
    /// Emails are unique; one in four prefers English.
    /// </summary>
    public static IReadOnlyList<Contact> Contacts(int count, IReadOnlyList<Organisation> organisations, DateTime nowUtc, int seed = DefaultSeed)
    {
        var faker = new Faker("nl") { Random = new Randomizer(seed + 1) };
        var emails = new HashSet<string>();
        var contacts = new List<Contact>(count);
        for (var i = 0; i < count; i++)
        {
            var organisation = organisations.Count == 0 || faker.Random.Bool(0.05f) ? null : organisations[i % organisations.Count];
            var firstName = faker.Name.FirstName();
            var lastName = faker.Name.LastName();
            var domain = organisation is null ? faker.PickRandom("ziggo.nl", "kpnmail.nl", "gmail.com") : $"{Slug(organisation.Name)}.nl";
            var email = UniqueEmail($"{Slug(firstName)}.{Slug(lastName)}", domain, emails);
            var language = faker.Random.Bool(0.25f) ? Language.En : Language.Nl;
            var contact = new Contact(firstName, lastName, email, language, nowUtc);
            contact.Describe(faker.Phone.PhoneNumber("06-########"), DemoJobTitles.For(faker, organisation, language));
            contact.MoveTo(organisation, nowUtc);
            contacts.Add(contact);
        }

        return contacts;
    }

    private static string UniqueName(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(TextNormalizer.ForUniqueness(candidate)); n++)
        {
            candidate = $"{name} {n}";
        }

        return candidate;
    }

    private static string UniqueEmail(string localPart, string domain, HashSet<string> taken)
    {
        var candidate = $"{localPart}@{domain}";
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{localPart}{n}@{domain}";
        }

        return candidate;
    }

    private static string Slug(string text) =>
        string.Join('-', TextNormalizer.ForUniqueness(text).Split(' ').Select(TextNormalizer.ForMatching).Where(w => w.Length > 0));
}
