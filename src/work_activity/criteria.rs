//! The default OsKu quality criteria set, *derived* from what the sources say good work
//! activity is (the original OsKu criteria texts are not public).

use crate::format::SchemaVersion;
use crate::i18n::LocalizedText;
use crate::service::record::key::Key;
use crate::work_activity::quality::{CriteriaSet, Criterion, DerivedEvidence, Evidence};

fn text(fi: &'static str, sv: &'static str, en: &'static str) -> LocalizedText {
    LocalizedText::new(fi, sv, en)
}

fn criterion(
    id: &'static str,
    weight: u8,
    evidence: Evidence,
    title: [&'static str; 3],
    description: [&'static str; 3],
) -> Criterion {
    Criterion {
        id: Key::from_static(id),
        title: text(title[0], title[1], title[2]),
        description: text(description[0], description[1], description[2]),
        weight,
        evidence,
    }
}

impl CriteriaSet {
    /// A set `id` named `name`, its `criteria` citing `source`, not marked derived (set
    /// `derived` when its weights or criteria are a reading of the source rather than
    /// the source's own).
    pub fn new(id: Key, name: LocalizedText, source: String, criteria: Vec<Criterion>) -> Self {
        CriteriaSet {
            schema_version: SchemaVersion::CURRENT,
            id,
            name,
            derived: false,
            source,
            criteria,
        }
    }

    /// The default set of ten criteria, *derived* from *OsKu – Osallisuutta
    /// kuntoutuksesta* (need-based, client-centred, goal-oriented and meaningful guidance;
    /// all three contents in proportion; progress measured with Kykyviisari; positive
    /// transitions; guidance resources that keep the activity alive; network cooperation)
    /// and *Hyvinvointiryhmä osatyökykyisille* (client feedback). The original OsKu
    /// criteria texts are not public. The weights 1–3 are *derived* too: 3 for the
    /// effectiveness aim the source names (positive transitions), 2 for what it says the
    /// work rests on (need, client, goals, contents, measured progress), 1 for the rest.
    pub fn osku_derived() -> Self {
        use DerivedEvidence::*;
        let derived = |from| Evidence::Derived { from };
        let assessor = Evidence::Assessor {};
        CriteriaSet {
            schema_version: SchemaVersion::CURRENT,
            id: Key::from_static("osku_derived"),
            name: text(
                "OsKu-johdetut laatukriteerit",
                "Kvalitetskriterier härledda från OsKu",
                "Quality criteria derived from OsKu",
            ),
            derived: true,
            source: format!(
                "derived from {} and {}; the original OsKu criteria texts are not public",
                crate::source::OSKU,
                crate::source::WELLBEING_GROUP
            ),
            criteria: vec![
                criterion(
                    "need_based",
                    2,
                    assessor,
                    ["Tarvelähtöisyys", "Behovsbaserat", "Need-based"],
                    [
                        "Palvelu perustuu asiakkaan tarpeeseen.",
                        "Tjänsten grundar sig på klientens behov.",
                        "The service is based on the client's need.",
                    ],
                ),
                criterion(
                    "client_centred",
                    2,
                    assessor,
                    ["Asiakaslähtöisyys", "Klientorientering", "Client-centred"],
                    [
                        "Asiakas osallistuu sisältöjen suunnitteluun.",
                        "Klienten deltar i planeringen av innehållet.",
                        "The client takes part in planning the contents.",
                    ],
                ),
                criterion(
                    "goal_oriented",
                    2,
                    derived(GoalsSet),
                    ["Tavoitteellisuus", "Målinriktning", "Goal-oriented"],
                    [
                        "Asiakkaalle on asetettu tavoitteet.",
                        "Klienten har uppställda mål.",
                        "The client has goals.",
                    ],
                ),
                criterion(
                    "meaningful_guidance",
                    1,
                    assessor,
                    [
                        "Merkityksellinen ohjaus",
                        "Meningsfull handledning",
                        "Meaningful guidance",
                    ],
                    [
                        "Yksilö- ja ryhmäohjaus koetaan merkitykselliseksi.",
                        "Individuell och gruppvis handledning upplevs meningsfull.",
                        "Individual and group guidance is meaningful to the client.",
                    ],
                ),
                criterion(
                    "contents_in_proportion",
                    2,
                    derived(ContentsInProportion),
                    [
                        "Sisällöt tarpeen mukaan",
                        "Innehåll enligt behov",
                        "Contents in proportion",
                    ],
                    [
                        "Työtoiminta sisältää kaikkia kolmea sisältöä mallin mukaisessa suhteessa.",
                        "Arbetsverksamheten innehåller alla tre innehåll i modellens proportion.",
                        "Work activity contains all three contents in the model's proportion.",
                    ],
                ),
                criterion(
                    "progress_measured",
                    2,
                    derived(ProgressMeasured),
                    [
                        "Edistymisen mittaaminen",
                        "Mätning av framsteg",
                        "Progress measured",
                    ],
                    [
                        "Työ- ja toimintakyky mitataan alussa ja lopussa.",
                        "Arbets- och funktionsförmågan mäts i början och i slutet.",
                        "Work and functional capacity are measured at the start and the end.",
                    ],
                ),
                criterion(
                    "positive_transition",
                    3,
                    derived(PositiveTransition),
                    [
                        "Positiiviset siirtymät",
                        "Positiva övergångar",
                        "Positive transitions",
                    ],
                    [
                        "Asiakas siirtyy lähemmäs työelämää.",
                        "Klienten går närmare arbetslivet.",
                        "The client moves nearer to working life.",
                    ],
                ),
                // "Ohjausresurssit joilla kehitetyt toiminnot pysyvät elossa": staffing that
                // keeps the activity alive after the project, which no single path shows.
                criterion(
                    "guidance_resources",
                    1,
                    assessor,
                    [
                        "Ohjausresurssit",
                        "Handledningsresurser",
                        "Guidance resources",
                    ],
                    [
                        "Ohjausresurssit pitävät kehitetyt toiminnot elossa hankkeen jälkeenkin.",
                        "Handledningsresurserna håller verksamheten vid liv även efter projektet.",
                        "Guidance resources keep the activity alive after the project.",
                    ],
                ),
                criterion(
                    "network_cooperation",
                    1,
                    derived(NetworkCooperation),
                    [
                        "Verkostoyhteistyö",
                        "Nätverkssamarbete",
                        "Network cooperation",
                    ],
                    [
                        "Palvelu tehdään yhteistyössä verkoston kanssa.",
                        "Tjänsten görs i samarbete med nätverket.",
                        "The service works with the network.",
                    ],
                ),
                criterion(
                    "client_feedback",
                    1,
                    assessor,
                    ["Asiakaspalaute", "Klientrespons", "Client feedback"],
                    [
                        "Asiakaspalaute kerätään ja sitä hyödynnetään.",
                        "Klientrespons samlas in och används.",
                        "Client feedback is collected and used.",
                    ],
                ),
            ],
        }
    }
}
