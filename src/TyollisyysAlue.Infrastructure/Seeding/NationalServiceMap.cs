using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Domain.Services;
using static TyollisyysAlue.Domain.Services.ServiceAudience;
using static TyollisyysAlue.Domain.Services.ServiceGroup;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// The national service map as the Porvoo seed's appendix "Palvelukartta" gives it (after the national reference
/// architecture of employment services), with Swedish and English names. T = jobseekers, E = employers and start-ups;
/// services the seed lists for both (e.g. wage subsidy, change security) are T+E. Seeded in every environment.
/// </summary>
public static class NationalServiceMap
{
    public static IReadOnlyList<NationalService> All { get; } = Build();

    /// <summary>The map's services not yet in the database (new ones are added on start-up in every environment).</summary>
    public static async Task<IReadOnlyList<NationalService>> MissingAsync(Persistence.AppDbContext db, CancellationToken ct)
    {
        var known = await db.Set<NationalService>().Select(s => s.Code).ToListAsync(ct);
        return All.Where(s => !known.Contains(s.Code)).ToList();
    }

    private static List<NationalService> Build()
    {
        var list = new List<NationalService>();
        void Add(ServiceGroup g, ServiceAudience a, string code, string fi, string sv, string en) =>
            list.Add(new NationalService(code, g, a, list.Count(s => s.Group == g) + 1, fi, sv, en));

        Add(FindingWorkAndWorkers, Jobseeker, "employment-plan", "Työllistymissuunnitelma", "Sysselsättningsplan", "Employment plan");
        Add(FindingWorkAndWorkers, Jobseeker, "employment-follow-up", "Työllistymisen tukeminen ja seuranta", "Stöd för och uppföljning av sysselsättning", "Supporting and following up employment");
        Add(FindingWorkAndWorkers, Jobseeker, "labour-policy-statement", "Työvoimapoliittinen lausunto", "Arbetskraftspolitiskt utlåtande", "Labour policy statement");
        Add(FindingWorkAndWorkers, Jobseeker, "job-search-coaching", "Työnhakuvalmennus", "Jobbsökarträning", "Job search coaching");
        Add(FindingWorkAndWorkers, Jobseeker, "job-search-from-eu", "Työnhaku toisesta EU-maasta", "Jobbsökning från ett annat EU-land", "Job search from another EU country");
        Add(FindingWorkAndWorkers, Jobseeker, "benefit-transfer-eu", "Työttömyysetuuden siirto EU-maahan", "Överföring av arbetslöshetsförmån till ett EU-land", "Transfer of unemployment benefit to an EU country");
        Add(FindingWorkAndWorkers, Jobseeker, "obligatory-employment", "Velvoitetyöllistäminen", "Sysselsättningsskyldighet", "Obligatory employment");
        Add(FindingWorkAndWorkers, Both, "job-matching", "Työnvälitys", "Arbetsförmedling", "Job matching");
        Add(FindingWorkAndWorkers, Both, "eures", "EURES-palvelut", "EURES-tjänster", "EURES services");
        Add(FindingWorkAndWorkers, Both, "wage-subsidy", "Palkkatuki", "Lönesubvention", "Pay subsidy");
        Add(FindingWorkAndWorkers, Both, "job-alternation-leave", "Vuorotteluvapaa", "Alterneringsledighet", "Job alternation leave");
        Add(FindingWorkAndWorkers, Employer, "start-up-grant", "Starttiraha", "Startpeng", "Start-up grant");
        Add(FindingWorkAndWorkers, Employer, "company-needs-assessment", "Yrityksen palvelutarpeen kartoitus", "Kartläggning av företagets servicebehov", "Assessment of a company's service needs");
        Add(FindingWorkAndWorkers, Employer, "joint-purchase-training", "Yhteishankintakoulutus", "Gemensamt upphandlad utbildning", "Joint purchase training");
        Add(FindingWorkAndWorkers, Both, "change-security", "Muutosturva", "Omställningsskydd", "Change security");

        Add(DevelopingSkills, Jobseeker, "labour-market-training", "Työvoimakoulutus työnhakijoille", "Arbetskraftsutbildning för arbetssökande", "Labour market training for jobseekers");
        Add(DevelopingSkills, Jobseeker, "career-guidance", "Ammatinvalinta- ja uraohjaus", "Yrkesvals- och karriärvägledning", "Vocational and career guidance");
        Add(DevelopingSkills, Jobseeker, "expert-assessment", "Asiantuntija-arviointi", "Expertbedömning", "Expert assessment");
        Add(DevelopingSkills, Jobseeker, "self-motivated-study", "Omaehtoinen opiskelu työttömyysetuudella", "Omaktiva studier med arbetslöshetsförmån", "Self-motivated study with unemployment benefit");
        Add(DevelopingSkills, Jobseeker, "job-coaching", "Työhönvalmennus", "Arbetsträning", "Job coaching");
        Add(DevelopingSkills, Jobseeker, "career-coaching", "Uravalmennus", "Karriärträning", "Career coaching");
        Add(DevelopingSkills, Employer, "entrepreneurship-training", "Yrittäjyyskoulutus", "Företagarutbildning", "Entrepreneurship training");
        Add(DevelopingSkills, Jobseeker, "work-trial", "Työkokeilu", "Arbetsprövning", "Work trial");
        Add(DevelopingSkills, Jobseeker, "training-trial", "Koulutuskokeilu", "Utbildningsprövning", "Training trial");

        Add(PromotingIntegration, Jobseeker, "integration-plan", "Kotoutumissuunnitelma", "Integrationsplan", "Integration plan");
        Add(PromotingIntegration, Jobseeker, "multisectoral-integration-plan", "Monialainen kotoutumissuunnitelma", "Sektorsövergripande integrationsplan", "Multisectoral integration plan");
        Add(PromotingIntegration, Jobseeker, "integration-training", "Kotoutumiskoulutus", "Integrationsutbildning", "Integration training");
        Add(PromotingIntegration, Jobseeker, "integration-self-study", "Kotoutuja-asiakkaan omaehtoinen opiskelu", "Omaktiva studier för integrationskunder", "Self-motivated study of integration customers");
        Add(PromotingIntegration, Jobseeker, "skills-integration-assessment", "Osaamisen ja kotoutumisen palvelutarpeen arviointi", "Bedömning av kompetens och integrationsbehov", "Assessment of skills and integration service needs");
        Add(PromotingIntegration, Jobseeker, "civic-orientation", "Monikielinen yhteiskuntaorientaatiokoulutus", "Flerspråkig samhällsorientering", "Multilingual civic orientation");

        Add(SupportingWorkAbility, Jobseeker, "multisectoral-employment-plan", "Monialainen työllistymissuunnitelma", "Sektorsövergripande sysselsättningsplan", "Multisectoral employment plan");
        Add(SupportingWorkAbility, Jobseeker, "activation-plan", "Aktivointisuunnitelma", "Aktiveringsplan", "Activation plan");
        Add(SupportingWorkAbility, Jobseeker, "youth-multisectoral-support", "Nuorten monialaisen tuen palvelut", "Sektorsövergripande stödtjänster för unga", "Multisectoral support services for young people");
        Add(SupportingWorkAbility, Jobseeker, "rehabilitative-work", "Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work activity");
        Add(SupportingWorkAbility, Jobseeker, "health-check", "Työttömien terveystarkastus", "Hälsoundersökning för arbetslösa", "Health check for the unemployed");
        Add(SupportingWorkAbility, Jobseeker, "social-work-services", "Muut työllistymistä tukevat sosiaalityön palvelut", "Andra tjänster inom socialt arbete som stöder sysselsättning", "Other social work services supporting employment");
        Add(SupportingWorkAbility, Jobseeker, "work-ability-certificates", "Työkykyyn liittyvät todistukset työnhakijalle", "Intyg om arbetsförmåga för arbetssökande", "Work ability certificates for jobseekers");
        Add(SupportingWorkAbility, Employer, "workplace-adjustment-support", "Työolosuhteiden järjestelytuki", "Stöd för ordnande av arbetsförhållanden", "Support for workplace adjustments");
        Add(SupportingWorkAbility, Jobseeker, "tyokanava-referral", "Ohjaus Työkanava Oy:lle", "Hänvisning till Työkanava Oy", "Referral to Työkanava Oy");
        Add(SupportingWorkAbility, Jobseeker, "work-ability-coordinator", "Työkykykoordinaattorin palvelut", "Arbetsförmågekoordinatorns tjänster", "Work ability coordinator services");

        Add(InformationAdviceGuidance, Both, "service-advice", "Työvoimapalveluiden palveluneuvonta", "Servicerådgivning om arbetskraftstjänster", "Advice on employment services");
        Add(InformationAdviceGuidance, Jobseeker, "unemployment-security-advice", "Työttömyysturvaneuvonta", "Rådgivning om utkomstskydd för arbetslösa", "Unemployment security advice");
        Add(InformationAdviceGuidance, Jobseeker, "education-advice", "Koulutusneuvonta", "Utbildningsrådgivning", "Education advice");
        Add(InformationAdviceGuidance, Jobseeker, "integration-guidance", "Kotoutumisen edistämisen TNO-palvelut", "Informations-, rådgivnings- och vägledningstjänster för integration", "Information, advice and guidance for integration");
        Add(InformationAdviceGuidance, Jobseeker, "eu-job-search-advice", "Tieto- ja neuvontapalvelut työnhausta EU-maissa", "Information och rådgivning om jobbsökning i EU-länder", "Information and advice on job search in EU countries");
        Add(InformationAdviceGuidance, Both, "job-market-finland", "Työllisyyspalveluiden tietopalvelu Työmarkkinatori", "Informationstjänsten Jobbmarknad", "Information service Job Market Finland");
        Add(InformationAdviceGuidance, Employer, "employer-advice", "Yritys- ja työnantajaneuvonta", "Företags- och arbetsgivarrådgivning", "Company and employer advice");

        Add(SharedSupport, Both, "purchased-services-management", "Ostopalvelujen suunnittelu, hankinta ja ohjaus", "Planering, upphandling och styrning av köpta tjänster", "Planning, procurement and steering of purchased services");
        Add(SharedSupport, Jobseeker, "discretionary-expense-allowance", "Harkinnanvarainen kulukorvaus", "Prövningsbaserad kostnadsersättning", "Discretionary expense allowance");
        Add(SharedSupport, Jobseeker, "travel-compensation", "Matka- ja yöpymiskustannusten korvaus", "Ersättning för rese- och logikostnader", "Compensation for travel and accommodation");
        Add(SharedSupport, Both, "other-support-services", "Muut työvoimaviranomaisen ja kuntien tukipalvelut", "Andra stödtjänster av arbetskraftsmyndigheten och kommunerna", "Other support services of the employment authority and municipalities");

        Add(National, Both, "national-advice", "Työvoimapalveluiden kansallisen tason neuvonta", "Nationell rådgivning om arbetskraftstjänster", "National advice on employment services");
        Add(National, Employer, "international-recruitment-advice", "KV-rekrytoinnin valtakunnallinen neuvontapalvelu", "Nationell rådgivning om internationell rekrytering", "National advice on international recruitment");
        Add(National, Both, "workplace-language-training", "Työpaikkasuomi- ja -ruotsikoulutukset", "Utbildning i finska och svenska på arbetsplatsen", "Workplace Finnish and Swedish training");
        Add(National, Both, "legal-support", "Oikeudellinen tuki", "Juridiskt stöd", "Legal support");
        Add(National, Both, "pay-security", "Palkkaturvamenettely", "Lönegarantiförfarande", "Pay security procedure");
        Add(National, Employer, "international-recruitment", "Kansainvälisen rekrytoinnin palvelut", "Tjänster för internationell rekrytering", "International recruitment services");
        Add(National, Employer, "talent-funding", "Talent-rahoitus", "Talent-finansiering", "Talent funding");
        Add(National, Jobseeker, "demanding-expert-statements", "Vaativat asiantuntijalausunnot", "Krävande sakkunnigutlåtanden", "Demanding expert statements");
        Add(National, Both, "expedited-pay-security", "Nopeutettu palkkaturvamenettely", "Påskyndat lönegarantiförfarande", "Expedited pay security procedure");
        Add(National, Employer, "diversity-recruitment-readiness", "Monimuotoisuus- ja kv-rekrytointivalmiuksia tukevat palvelut", "Tjänster som stöder mångfald och beredskap för internationell rekrytering", "Services supporting diversity and international recruitment readiness");
        Add(National, Employer, "other-authorities-recruitment", "Muiden viranomaisten kansainvälisen rekrytoinnin palvelut", "Andra myndigheters tjänster för internationell rekrytering", "Other authorities' international recruitment services");
        Add(National, Both, "authority-information", "Viranomaisten tietopalvelu työvoima-asioissa", "Myndigheternas informationstjänst i arbetskraftsfrågor", "Authorities' information service on employment matters");
        return list;
    }
}
