//! The figures of the sources' practice: what a source document, a public guidance page
//! or a paper describes for a service, quoted. No date changes them; a municipality's
//! variant overrides them in its own model spec.

use super::dated::{Basis, Dated, Figure, Unit};
use crate::i18n::Labels;
use crate::source::{
    IPS_25, IPS_JOB_SUPPORTS, KTT_GUIDANCE, MAPPING_AND_COACHING, OSKU, WELLBEING_GROUP,
};

/// Declares a figure that no date changes, quoting its basis.
macro_rules! practice {
    ($(#[doc = $doc:literal])+ $name:ident = $id:literal, $value:expr, $unit:ident,
     [$fi:literal, $sv:literal, $en:literal], $basis:expr) => {
        $(#[doc = $doc])+
        pub static $name: Figure<u32> = Figure::new(
            $id,
            Labels { fi: $fi, sv: $sv, en: $en },
            Unit::$unit,
            &[Dated::always($value, $basis)],
        );
    };
}

practice! {
    /// The mapping phase lasts 3 months (*Hyvinvointia ja työkykyä edistämässä*).
    MAPPING_MONTHS = "mapping_and_coaching.mapping_months", 3, Months,
    ["Kartoitusjakson pituus", "Kartläggningsfasens längd", "Length of the mapping phase"],
    Basis::source(MAPPING_AND_COACHING, "Asiakastyö jakautuu 3 kuukautta kestävään kartoitusjaksoon ja 9 kuukautta kestävään kuntouttavaan valmennusjaksoon.")
}

practice! {
    /// The rehabilitative coaching phase lasts 9 months.
    COACHING_MONTHS = "mapping_and_coaching.coaching_months", 9, Months,
    ["Kuntouttavan valmennusjakson pituus", "Rehabiliterande coachningsfasens längd", "Length of the rehabilitative coaching phase"],
    Basis::source(MAPPING_AND_COACHING, "Asiakastyö jakautuu 3 kuukautta kestävään kartoitusjaksoon ja 9 kuukautta kestävään kuntouttavaan valmennusjaksoon.")
}

practice! {
    /// An individual meeting every week of the mapping phase.
    MAPPING_INDIVIDUAL_MEETINGS_A_WEEK = "mapping_and_coaching.mapping_individual_meetings_a_week", 1, Count,
    ["Kartoitusjakson yksilötapaamiset viikossa", "Individuella möten per vecka i kartläggningsfasen", "Individual meetings a week in the mapping phase"],
    Basis::source(MAPPING_AND_COACHING, "Kartoitusjaksolla yksilötapaamisia on kerran viikossa.")
}

practice! {
    /// A group day every week of the mapping phase.
    MAPPING_GROUP_DAYS_A_WEEK = "mapping_and_coaching.mapping_group_days_a_week", 1, Count,
    ["Kartoitusjakson ryhmäpäivät viikossa", "Gruppdagar per vecka i kartläggningsfasen", "Group days a week in the mapping phase"],
    Basis::source(MAPPING_AND_COACHING, "Kartoitusjaksolla on myös ryhmätapaamisia kerran viikossa.")
}

practice! {
    /// A group day of the mapping phase lasts 5 hours.
    MAPPING_GROUP_DAY_MINUTES = "mapping_and_coaching.group_day_minutes", 300, Minutes,
    ["Ryhmäpäivän kesto", "Gruppdagens längd", "Length of a group day"],
    Basis::source(MAPPING_AND_COACHING, "Ryhmäpäivien (päivän kesto 5 tuntia) sisällöt liittyvät elämänhallintaan…")
}

practice! {
    /// An individual meeting at least once a month in the coaching phase.
    COACHING_INDIVIDUAL_MEETINGS_A_MONTH = "mapping_and_coaching.coaching_individual_meetings_a_month", 1, Count,
    ["Valmennusjakson yksilötapaamiset kuukaudessa", "Individuella möten per månad i coachningsfasen", "Individual meetings a month in the coaching phase"],
    Basis::source(MAPPING_AND_COACHING, "Yksilötapaamiset ovat minimissään kerran kuukaudessa…")
}

practice! {
    /// Group coaching once a month in the coaching phase.
    COACHING_GROUP_SESSIONS_A_MONTH = "mapping_and_coaching.coaching_group_sessions_a_month", 1, Count,
    ["Valmennusjakson ryhmävalmennukset kuukaudessa", "Gruppcoachningar per månad i coachningsfasen", "Group coaching sessions a month in the coaching phase"],
    Basis::source(MAPPING_AND_COACHING, "Kerran kuukaudessa tapahtuva ryhmävalmennus sisältää uravalmennusta…")
}

practice! {
    /// The wellbeing group meets 10 times.
    WELLBEING_GROUP_MEETINGS = "wellbeing_group.meetings", 10, Count,
    ["Hyvinvointiryhmän kokoontumiskerrat", "Välmåendegruppens träffar", "Meetings of the wellbeing group"],
    Basis::source(WELLBEING_GROUP, "Ryhmä kokoontuu 10 kertaa.")
}

practice! {
    /// The longest day of rehabilitative work activity in municipal guidance: 8 hours.
    KTT_GUIDANCE_MAX_MINUTES_A_DAY = "ktt_guidance.max_minutes_a_day", 480, Minutes,
    ["Kuntouttavan työtoiminnan päivän enimmäiskesto ohjeen mukaan", "Längsta dag av arbetsverksamhet i rehabiliteringssyfte enligt anvisning", "Longest day of rehabilitative work activity in guidance"],
    Basis::guidance(KTT_GUIDANCE, "\"Kuntouttavan työtoiminnan päivä on vähintään neljän ja enintään kahdeksan tunnin mittainen.\" Guidance, not law: the act sets only the shortest day")
}

practice! {
    /// The most hours of rehabilitative work activity a week in municipal guidance: 32.
    KTT_GUIDANCE_MAX_MINUTES_A_WEEK = "ktt_guidance.max_minutes_a_week", 1920, Minutes,
    ["Kuntouttavan työtoiminnan viikkotunnit enintään ohjeen mukaan", "Högst antal timmar arbetsverksamhet i rehabiliteringssyfte per vecka enligt anvisning", "Most minutes of rehabilitative work activity a week in guidance"],
    Basis::guidance(KTT_GUIDANCE, "\"Viikossa kuntouttavan työtoiminnan tunteja saa olla enintään 32.\" Guidance, not law")
}

practice! {
    /// The first employer contact of IPS job coaching within 30 days of the start.
    IPS_FIRST_EMPLOYER_CONTACT_DAYS = "ips.first_employer_contact_days", 30, Days,
    ["Ensimmäinen työnantajakontakti päivän kuluessa", "Första arbetsgivarkontakten inom dagar", "First employer contact within days"],
    Basis::source(IPS_25, "the IPS-25 item on rapid job search: the first face-to-face employer contact within 30 days (one secondary source; the item's anchors are in the copyrighted review manual)")
}

practice! {
    /// Weekly follow-along support for the first 4 weeks at work.
    IPS_FOLLOW_ALONG_WEEKS = "ips.follow_along_weeks", 4, Weeks,
    ["Viikoittaisen tuen viikot työn alussa", "Veckor med stöd varje vecka i början av arbetet", "Weeks of weekly support at the start of work"],
    Basis::source(IPS_JOB_SUPPORTS, "\"intensive supports, including in-person contact, on a weekly basis for at least the first month of employment\"")
}

practice! {
    /// A 3-month OsKu group lasts 3 months.
    OSKU_GROUP_MONTHS = "osku.group_months", 3, Months,
    ["OsKu-ryhmän pituus", "OsKu-gruppens längd", "Length of an OsKu group"],
    Basis::source(OSKU, "Osa ryhmistä on suunniteltu 3kk:n pituisiksi ja osa toimii Non Stop – periaatteella.")
}

practice! {
    /// The start model's period the OsKu project found good: 3 months.
    OSKU_START_MODEL_MONTHS = "osku.start_model_months", 3, Months,
    ["Starttityötoiminnan hyväksi koettu jakso", "Startarbetsverksamhetens period som upplevdes som bra", "The start model's period found good"],
    Basis::source(OSKU, "Starttiryhmässä, jossa tavoitteena oli asiakkaalle sopivan jatkopolun löytyminen, koettiin hyväksi 3kk:n jakso")
}

practice! {
    /// A 2+2+2 group day: three parts of two hours, 360 minutes.
    OSKU_TWO_PLUS_TWO_PLUS_TWO_MINUTES = "osku.two_plus_two_plus_two_minutes", 360, Minutes,
    ["2+2+2-ryhmäpäivän kesto", "Längden av en 2+2+2-gruppdag", "Length of a 2+2+2 group day"],
    Basis::source(OSKU, "Kokeilussa on ollut 2+2+2 – tyyppinen ryhmätoiminta, jossa ryhmä koostui kolmesta 2h:n jaksosta.")
}
