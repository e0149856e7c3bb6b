//! The OsKu group formats as the source tried them: a 2+2+2 day is three 2-hour parts,
//! and a 3-month group lasts three months.
//!
//! *OsKu – Osallisuutta kuntoutuksesta*: "Osa ryhmistä on suunniteltu 3kk:n pituisiksi ja
//! osa toimii Non Stop – periaatteella." and "Kokeilussa on ollut 2+2+2 – tyyppinen
//! ryhmätoiminta, jossa ryhmä koostui kolmesta 2h:n jaksosta." A non-stop group has no
//! length to check: its content cycles and a client joins any time. The start model's
//! three months: "Starttiryhmässä, jossa tavoitteena oli asiakkaalle sopivan jatkopolun
//! löytyminen, koettiin hyväksi 3kk:n jakso" — found good, so a longer stay is advice.

use chrono::NaiveDate;

use super::Check;
use crate::calendar::{add_months, plus_days};
use crate::rules::declare::{RuleParams, rules};
use crate::rules::pointer::JsonPointer;
use crate::service::record::event::Event;
use crate::service::record::path::Enrolment;
use crate::service::spec::model_spec::ServiceModelSpec;
use crate::source::OSKU;
use crate::work_activity::model::WorkActivityModel;
use crate::work_activity::placement::{GroupFormat, PlaceForm, WorkActivityPlacement};

use crate::figure::practice::{
    OSKU_GROUP_MONTHS, OSKU_START_MODEL_MONTHS, OSKU_TWO_PLUS_TWO_PLUS_TWO_MINUTES,
};

rules! {
    /// A day of a 2+2+2 group shorter than its three 2-hour parts: a part is missing.
    PATH_GROUP_DAY_SHORT_OF_FORMAT => GroupDayShortOfFormat {
        code: "path.group_day_short_of_format",
        severity: Warning because "departs from the group format the source describes (three 2-hour parts)",
        source: OSKU,
        parameters: [OSKU_GROUP_FORMATS],
        params: { minutes: u32, format_minutes: u32 },
        title: ["Ryhmäpäivä muotoaan lyhyempi", "Gruppdag kortare än formatet", "Group day short of its format"],
        message: [
            "2+2+2-ryhmän päivä kesti {minutes} min; kolme kahden tunnin osaa on {format_minutes} min.",
            "En dag i 2+2+2-gruppen varade {minutes} min; tre delar om två timmar är {format_minutes} min.",
            "A day of the 2+2+2 group lasted {minutes} min; three 2-hour parts are {format_minutes} min.",
        ],
    }

    /// A 3-month group that goes on past three months (and the spec's length tolerance).
    PATH_GROUP_LONGER_THAN_FORMAT => GroupLongerThanFormat {
        code: "path.group_longer_than_format",
        severity: Warning because "departs from the group format the source describes (groups of 3 months)",
        source: OSKU,
        parameters: [OSKU_GROUP_FORMATS, LENGTH_DAYS],
        params: { start: NaiveDate, months: u32, until: NaiveDate },
        title: ["Ryhmä muotoaan pidempi", "Grupp längre än formatet", "Group longer than its format"],
        message: [
            "{start} alkanut 3 kuukauden ryhmä jatkuu yhä {until}; muoto on {months} kuukautta.",
            "Tremånadersgruppen som började {start} pågår ännu {until}; formatet är {months} månader.",
            "The 3-month group that started on {start} still runs on {until}; the format is {months} months.",
        ],
    }

    /// A client still in start work activity after its three months (and the spec's
    /// length tolerance) without moving on.
    PATH_START_MODEL_PAST_THREE_MONTHS => StartModelPastThreeMonths {
        code: "path.start_model_past_three_months",
        severity: Info because "advice: the source found a 3-month start period good for finding the continuation path; it sets no limit",
        source: OSKU,
        parameters: [OSKU_START_MODEL],
        params: { start: NaiveDate, months: u32, until: NaiveDate },
        title: [
            "Starttityötoiminta yli kolme kuukautta",
            "Startarbetsverksamhet över tre månader",
            "Start work activity past three months",
        ],
        message: [
            "Starttityötoiminta alkoi {start} ja jatkuu yhä {until}; {months} kuukauden jakso koettiin hyväksi jatkopolun löytämiseen.",
            "Startarbetsverksamheten började {start} och pågår ännu {until}; en period på {months} månader befanns bra för att hitta en fortsatt väg.",
            "Start work activity began on {start} and still runs on {until}; a {months}-month period was found good for finding the continuation path.",
        ],
    }
}

impl Check<'_> {
    /// A placement that started in start work activity and has not moved on within its
    /// three months.
    pub(super) fn start_model_length(
        &mut self,
        enrolment: &Enrolment,
        placement: &WorkActivityPlacement,
        spec: &ServiceModelSpec,
        base: &JsonPointer,
    ) {
        if placement.model != WorkActivityModel::Start {
            return;
        }
        let left = placement.transitions.iter().map(|t| t.date).min();
        let until = left.or(enrolment.end).unwrap_or(self.as_of).min(self.as_of);
        let months = OSKU_START_MODEL_MONTHS.value();
        let last = add_months(enrolment.start, months)
            .map(|end| plus_days(end, spec.tolerances.length_days));
        if last.is_some_and(|last| until > last) {
            self.push(
                StartModelPastThreeMonths {
                    start: enrolment.start,
                    months,
                    until,
                }
                .at(base.clone().field("work_activity").field("model")),
            );
        }
    }

    /// The group format's own shape, for a group placement.
    pub(super) fn group_format(
        &mut self,
        enrolment: &Enrolment,
        placement: &WorkActivityPlacement,
        spec: &ServiceModelSpec,
        base: &JsonPointer,
    ) {
        if placement.form != PlaceForm::Group {
            return;
        }
        match placement.group_format {
            Some(GroupFormat::TwoPlusTwoPlusTwo) => {
                let format_minutes = OSKU_TWO_PLUS_TWO_PLUS_TWO_MINUTES.value();
                for (index, event) in enrolment.events.iter().enumerate() {
                    let minutes = match event {
                        Event::WorkActivityDay { minutes, .. }
                        | Event::GroupSession { minutes, .. } => Some(*minutes),
                        _ => None,
                    };
                    if let Some(minutes) = minutes.filter(|m| *m < format_minutes) {
                        self.push(
                            GroupDayShortOfFormat {
                                minutes,
                                format_minutes,
                            }
                            .at(base
                                .clone()
                                .field("events")
                                .index(index)
                                .field("minutes")),
                        );
                    }
                }
            }
            Some(GroupFormat::ThreeMonthGroup) => {
                let until = enrolment.end.unwrap_or(self.as_of).min(self.as_of);
                let months = OSKU_GROUP_MONTHS.value();
                let last = add_months(enrolment.start, months)
                    .map(|end| plus_days(end, spec.tolerances.length_days));
                if last.is_some_and(|last| until > last) {
                    self.push(
                        GroupLongerThanFormat {
                            start: enrolment.start,
                            months,
                            until,
                        }
                        .at(base.clone().field("work_activity").field("group_format")),
                    );
                }
            }
            Some(GroupFormat::NonStopGroup) | None => {}
        }
    }
}
