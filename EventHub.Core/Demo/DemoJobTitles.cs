using Bogus;
using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Demo;

/// <summary>
/// Job titles that fit the kind of organisation a demo contact works at, in Dutch and in English (for contacts who
/// prefer English). Bogus's own job titles ("Legacy Data Architect") made a primary school look like a software firm.
/// </summary>
public static class DemoJobTitles
{
    private static readonly Dictionary<SubSector, (string Nl, string En)[]> BySubSector = new()
    {
        [SubSector.Municipality] = [("Beleidsmedewerker onderwijs", "Education policy officer"), ("Wethouder onderwijs", "Alderman for education"), ("Wijkcoördinator", "Neighbourhood coordinator")],
        [SubSector.Province] = [("Beleidsadviseur arbeidsmarkt", "Labour market policy adviser"), ("Programmamanager", "Programme manager")],
        [SubSector.NationalAgency] = [("Regioadviseur", "Regional adviser"), ("Accountmanager onderwijs", "Education account manager")],
        [SubSector.OtherPublicBody] = [("Jeugdverpleegkundige", "Youth health nurse"), ("Werkcoach", "Employment coach"), ("Adviseur gezondheid", "Public health adviser")],
        [SubSector.EarlyChildhood] = [("Pedagogisch medewerker", "Early years practitioner"), ("Locatiemanager", "Site manager"), ("VVE-coach", "Early education coach")],
        [SubSector.Primary] = [("Leerkracht groep 3", "Year 2 teacher"), ("Intern begeleider", "Special needs coordinator"), ("Directeur", "Head teacher")],
        [SubSector.Secondary] = [("Docent Nederlands", "Dutch teacher"), ("Zorgcoördinator", "Pastoral care coordinator"), ("Decaan", "Careers adviser")],
        [SubSector.Vocational] = [("Stagecoördinator", "Work placement coordinator"), ("Docent zorg en welzijn", "Health and social care lecturer"), ("Teamleider", "Team leader")],
        [SubSector.Higher] = [("Lector kansengelijkheid", "Professor of equal opportunities"), ("Onderzoeker", "Researcher"), ("Studieadviseur", "Study adviser")],
        [SubSector.AdultLearning] = [("Taalcoach", "Language coach"), ("Coördinator Taalhuis", "Literacy centre coordinator")],
        [SubSector.Library] = [("Leesconsulent", "Reading consultant"), ("Mediacoach", "Media coach")],
        [SubSector.Employer] = [("HR-adviseur", "HR adviser"), ("Praktijkopleider", "Workplace trainer"), ("Vestigingsmanager", "Branch manager")],
        [SubSector.SmallBusiness] = [("Eigenaar", "Owner"), ("Leermeester", "Apprentice supervisor")],
        [SubSector.SocialEnterprise] = [("Jobcoach", "Job coach"), ("Bedrijfsleider", "Business manager")],
        [SubSector.BusinessAssociation] = [("Secretaris", "Secretary"), ("Voorzitter", "Chair")],
        [SubSector.Foundation] = [("Projectleider", "Project lead"), ("Coördinator vrijwilligers", "Volunteer coordinator")],
        [SubSector.CommunityOrganisation] = [("Opbouwwerker", "Community worker"), ("Jongerenwerker", "Youth worker")],
        [SubSector.ParentsOrResidentsGroup] = [("Voorzitter", "Chair"), ("Contactouder", "Parent representative")],
        [SubSector.CultureAndSport] = [("Buurtsportcoach", "Community sports coach"), ("Educatiemedewerker", "Education officer")],
    };

    /// <summary>For someone without an organisation: a resident taking part.</summary>
    private static readonly (string Nl, string En)[] Residents = [("Ouder", "Parent"), ("Buurtbewoner", "Resident"), ("Vrijwilliger", "Volunteer")];

    public static string For(Faker faker, Organisation? organisation, Language language)
    {
        var options = organisation?.SubSector is { } subSector ? BySubSector[subSector] : Residents;
        var (nl, en) = faker.PickRandom(options);
        return language == Language.En ? en : nl;
    }

    /// <summary>Every Dutch and English title for organisations of <paramref name="subSector"/>.</summary>
    public static IEnumerable<string> Of(SubSector subSector) => BySubSector[subSector].SelectMany(t => new[] { t.Nl, t.En });
}
