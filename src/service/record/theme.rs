//! Themes and contents of meetings and group sessions, as the sources name them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;

/// A theme or content of a meeting or group session, as the sources name them.
///
/// Its JSON form and its labels:
///
/// ```
/// use tyokyky::{Theme, Lang, Vocabulary};
///
/// let value: Theme = serde_json::from_str(r#""exercise""#)?;
/// assert_eq!(serde_json::to_string(&value)?, r#""exercise""#);
/// assert_eq!(value.label(Lang::Fi), "liikunta");
/// assert_eq!(Theme::ALL.len(), 36);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Theme {
    /// Exercise (*liikunta*). *Hyvinvointiryhmä osatyökykyisille* (wellbeing group), *Hyvinvointia ja työkykyä edistämässä* (exercise groups).
    Exercise,
    /// Nutrition (*ravinto*). *Hyvinvointiryhmä osatyökykyisille*.
    Nutrition,
    /// Relaxation and rest (*rentoutuminen, lepo*). *Hyvinvointiryhmä osatyökykyisille*.
    Relaxation,
    /// Forms of work-ability support (*työkyvyn tuen muodot*). *Hyvinvointiryhmä osatyökykyisille*.
    WorkAbilitySupport,
    /// Doing together and peer support (*yhdessä tekeminen ja vertaisuus*). *Hyvinvointiryhmä osatyökykyisille*.
    DoingTogether,
    /// Culture (*kulttuuri*): "kokemuksellista yhdessä tekemistä teemoista liikunta, lepo,
    /// ravinto ja kulttuuri". *Hyvinvointiryhmä osatyökykyisille*.
    Culture,
    /// A study visit to local sport or culture services (*tutustumiskäynti paikallisiin
    /// liikunta- ja kulttuuripalveluihin*). *Hyvinvointiryhmä osatyökykyisille*.
    StudyVisit,
    /// A visit from a work-ability support service (*vierailu työkyvyn tuen palveluista*).
    /// *Hyvinvointiryhmä osatyökykyisille*.
    SupportServiceVisit,
    /// Life management (*elämänhallinta*). *Hyvinvointia ja työkykyä edistämässä* and *OsKu – Osallisuutta kuntoutuksesta*.
    LifeManagement,
    /// Work and functional capacity (*työ- ja toimintakyky*). *Hyvinvointia ja työkykyä edistämässä*.
    WorkAndFunctionalCapacity,
    /// Working-life readiness (*työelämävalmiudet*). *Hyvinvointia ja työkykyä edistämässä* and *OsKu – Osallisuutta kuntoutuksesta*.
    WorkingLifeReadiness,
    /// Rehabilitative events (*kuntouttavat tapahtumat*). *Hyvinvointia ja työkykyä edistämässä*.
    RehabilitativeEvent,
    /// Assessment of the overall situation (*kokonaistilannearvio*). *Hyvinvointia ja työkykyä edistämässä*.
    SituationAssessment,
    /// Supportive discussion (*supportiivinen keskustelu*). *Hyvinvointia ja työkykyä edistämässä*.
    SupportiveDiscussion,
    /// Work and education background (*työ- ja koulutustausta*). *Hyvinvointia ja työkykyä edistämässä*.
    WorkAndEducationBackground,
    /// Job-search coaching (*työnhakuvalmennus*). *Hyvinvointia ja työkykyä edistämässä*.
    JobSearchCoaching,
    /// Education plans (*kouluttautumissuunnitelmat*). *Hyvinvointia ja työkykyä edistämässä*.
    EducationPlanning,
    /// Finding the next step (*seuraavan askeleen etsintä*). *Hyvinvointia ja työkykyä edistämässä*.
    NextStep,
    /// Guidance to examinations, treatment or rehabilitation (*ohjaus tutkimuksiin, hoitoon
    /// tai kuntoutukseen*). *Hyvinvointia ja työkykyä edistämässä*.
    GuidanceToServices,
    /// Searching for work or study places (*työ- tai koulutuspaikkojen etsintä*). *Hyvinvointia ja työkykyä edistämässä*.
    PlaceSearch,
    /// Supported employment and follow-up of the employment (*tuettu työllistäminen*).
    /// *Hyvinvointia ja työkykyä edistämässä*.
    SupportedEmployment,
    /// Workplace guidance (*työpaikkaohjaus*). *Hyvinvointia ja työkykyä edistämässä*.
    WorkplaceGuidance,
    /// Career coaching (*uravalmennus*). *Hyvinvointia ja työkykyä edistämässä*.
    CareerCoaching,
    /// IT skills coaching (*atk-valmennus*). *Hyvinvointia ja työkykyä edistämässä*.
    ItSkills,
    /// Recreational events (*virkistystapahtumat*). *Hyvinvointia ja työkykyä edistämässä*.
    Recreation,
    /// Cooperation meeting with employment authorities (*yhteistyöpalaveri*). *Hyvinvointia ja työkykyä edistämässä*.
    CooperationMeeting,
    /// Health and wellbeing (*terveys ja hyvinvointi*): a theme of OsKu groups ("arjen- ja
    /// elämänhallinta ja terveys", "terveyttä ja hyvinvointia"). *OsKu – Osallisuutta
    /// kuntoutuksesta*.
    Health,
    /// Substances (*päihteet*): a theme of OsKu groups. *OsKu – Osallisuutta kuntoutuksesta*.
    Substances,
    /// Art-based methods (*taidelähtöiset menetelmät*): a theme of OsKu groups and the third
    /// part of a 2+2+2 day. *OsKu – Osallisuutta kuntoutuksesta*.
    ArtBasedMethods,
    /// Cooking (*ruoanlaitto*): a functional part of a 2+2+2 day ("toiminnallisesta
    /// osuudesta (esimerkiksi liikunta tai ruoanlaitto)"). *OsKu – Osallisuutta
    /// kuntoutuksesta*.
    Cooking,
    /// Knowledge and skills activities (*tiedolliset ja taidolliset toiminnat*): a theme of
    /// the 3-month groups. *OsKu – Osallisuutta kuntoutuksesta*.
    KnowledgeAndSkills,
    /// Assessment of social functioning and rehabilitation need (*sosiaalisen toimintakyvyn
    /// ja kuntoutustarpeen arviointi*). Social Welfare Act 1301/2014 §17.
    SocialFunctioningAssessment,
    /// Rehabilitation counselling and coordination (*kuntoutusneuvonta ja -ohjaus*).
    /// Social Welfare Act §17.
    RehabilitationCounselling,
    /// Coaching in everyday activities and life management (*valmennus arkipäivän
    /// toimista ja elämänhallinnasta suoriutumiseen*). Social Welfare Act §17.
    EverydayLifeCoaching,
    /// Group activity and support for social relationships (*ryhmätoiminta ja tuki
    /// sosiaalisiin vuorovaikutussuhteisiin*). Social Welfare Act §17.
    GroupActivity,
    /// Other measures of social rehabilitation (*muut tarvittavat toimenpiteet*).
    /// Social Welfare Act §17.
    OtherSocialRehabilitation,
}

vocabulary!(Theme {
    Exercise => ["liikunta", "motion", "exercise"],
    Nutrition => ["ravinto", "kost", "nutrition"],
    Relaxation => ["rentoutuminen ja lepo", "avslappning och vila", "relaxation and rest"],
    WorkAbilitySupport => ["työkyvyn tuen muodot", "former av stöd för arbetsförmågan", "forms of work-ability support"],
    DoingTogether => ["yhdessä tekeminen ja vertaisuus", "att göra tillsammans och kamratstöd", "doing together and peer support"],
    Culture => ["kulttuuri", "kultur", "culture"],
    StudyVisit => ["tutustumiskäynti liikunta- ja kulttuuripalveluihin", "studiebesök hos motions- och kulturtjänster", "study visit to sport and culture services"],
    SupportServiceVisit => ["vierailu työkyvyn tuen palveluista", "besök från stödtjänster för arbetsförmågan", "visit from a work-ability support service"],
    // "livskompetens" for elämänhallinta is Finland-Swedish usage (verified: Nyyti ry's
    // Swedish pages, nyyti.fi/sv, "Livskompetens innebär tillit till att man själv kan
    // styra och hålla ihop sitt liv"), not a calque to replace with "livshantering".
    LifeManagement => ["elämänhallinta", "livskompetens", "life management"],
    WorkAndFunctionalCapacity => ["työ- ja toimintakyky", "arbets- och funktionsförmåga", "work and functional capacity"],
    WorkingLifeReadiness => ["työelämävalmiudet", "arbetslivsfärdigheter", "working-life readiness"],
    RehabilitativeEvent => ["kuntouttavat tapahtumat", "rehabiliterande evenemang", "rehabilitative events"],
    SituationAssessment => ["kokonaistilannearvio", "bedömning av helhetssituationen", "overall situation assessment"],
    SupportiveDiscussion => ["supportiivinen keskustelu", "stödjande samtal", "supportive discussion"],
    WorkAndEducationBackground => ["työ- ja koulutustausta", "arbets- och utbildningsbakgrund", "work and education background"],
    JobSearchCoaching => ["työnhakuvalmennus", "jobbsökningscoachning", "job-search coaching"],
    EducationPlanning => ["kouluttautumissuunnitelmat", "utbildningsplaner", "education plans"],
    NextStep => ["seuraavan askeleen etsintä", "att hitta nästa steg", "finding the next step"],
    GuidanceToServices => ["ohjaus tutkimuksiin, hoitoon tai kuntoutukseen", "hänvisning till undersökningar, vård eller rehabilitering", "guidance to examinations, treatment or rehabilitation"],
    PlaceSearch => ["työ- tai koulutuspaikkojen etsintä", "sökande av arbets- eller studieplatser", "searching for work or study places"],
    SupportedEmployment => ["tuettu työllistyminen ja seuranta", "stödd sysselsättning och uppföljning", "supported employment and follow-up"],
    WorkplaceGuidance => ["työpaikkaohjaus", "handledning på arbetsplatsen", "workplace guidance"],
    CareerCoaching => ["uravalmennus", "karriärcoachning", "career coaching"],
    ItSkills => ["atk-valmennus", "IT-coachning", "IT skills coaching"],
    Recreation => ["virkistystapahtumat", "rekreationsevenemang", "recreational events"],
    CooperationMeeting => ["yhteistyöpalaveri", "samarbetsmöte", "cooperation meeting"],
    Health => ["terveys ja hyvinvointi", "hälsa och välmående", "health and wellbeing"],
    Substances => ["päihteet", "rusmedel", "substances"],
    ArtBasedMethods => ["taidelähtöiset menetelmät", "konstbaserade metoder", "art-based methods"],
    Cooking => ["ruoanlaitto", "matlagning", "cooking"],
    KnowledgeAndSkills => ["tiedolliset ja taidolliset toiminnat", "kunskaps- och färdighetsverksamhet", "knowledge and skills activities"],
    SocialFunctioningAssessment => ["sosiaalisen toimintakyvyn arviointi", "bedömning av social funktionsförmåga", "assessment of social functioning"],
    RehabilitationCounselling => ["kuntoutusneuvonta ja -ohjaus", "rehabiliteringsrådgivning och -handledning", "rehabilitation counselling and guidance"],
    EverydayLifeCoaching => ["valmennus arjen toimiin ja elämänhallintaan", "coachning i vardagen och livskompetens", "coaching in everyday life and life management"],
    GroupActivity => ["ryhmätoiminta ja tuki vuorovaikutussuhteisiin", "gruppverksamhet och stöd för sociala relationer", "group activity and support for social relationships"],
    OtherSocialRehabilitation => ["muut sosiaalisen kuntoutuksen toimet", "andra åtgärder inom social rehabilitering", "other social rehabilitation measures"],
});
