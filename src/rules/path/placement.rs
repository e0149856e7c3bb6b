//! The OsKu work-activity placement: all three contents near the model's profile, group
//! formats only for groups, model transitions in order.

use chrono::NaiveDate;

use super::Check;
use crate::rules::declare::{RuleParams, rules};
use crate::rules::finding::ParamValue;
use crate::rules::pointer::JsonPointer;
use crate::service::record::path::Enrolment;
use crate::service::spec::model_spec::ServiceModelSpec;
use crate::source::OSKU;
use crate::work_activity::model::Content;
use crate::work_activity::placement::{PlaceForm, WorkActivityPlacement};

rules! {
    /// One of the three contents got no minutes at all.
    PATH_CONTENT_MISSING => ContentMissing {
        code: "path.content_missing",
        severity: Warning because "departs from the source's model: all three contents in the proportion the client needs",
        source: OSKU,
        parameters: [],
        params: { content: ParamValue },
        title: ["Työtoiminnan sisältö puuttuu", "Innehåll saknas i arbetsverksamheten", "Work-activity content missing"],
        message: [
            "Työtoiminnassa ei ole sisältöä {content}; kaikkia kolmea tulisi olla asiakkaan tarvitsemassa suhteessa.",
            "Arbetsverksamheten saknar innehållet {content}; alla tre borde ingå i den proportion klienten behöver.",
            "The work activity has no {content}; all three contents belong in the proportion the client needs.",
        ],
    }

    /// The delivered content mix is further than the tolerance from the mix the client
    /// needs (when a need profile is recorded) or from the profile of the model the client
    /// is in.
    PATH_CONTENT_OFF_PROFILE => ContentOffProfile {
        code: "path.content_off_profile",
        severity: Warning because "departs from a derived default profile",
        source: OSKU,
        parameters: [CONTENT_MIX_POINTS, WORK_ACTIVITY_PROFILES],
        params: { model: ParamValue, distance: u32, max: u32 },
        title: ["Sisältöjen suhde poikkeaa mallista", "Innehållens proportion avviker från modellen", "Content mix off the model"],
        message: [
            "Toteutunut sisältöjen suhde poikkeaa painotuksesta ({model}) {distance} prosenttiyksikköä (enintään {max}).",
            "Det genomförda innehållet avviker {distance} procentenheter från profilen ({model}) (högst {max}).",
            "The delivered content mix is {distance} points from the profile ({model}) (at most {max}).",
        ],
    }

    /// A group format is recorded for a place that is not a group.
    PATH_GROUP_FORMAT_WITHOUT_GROUP => GroupFormatWithoutGroup {
        code: "path.group_format_without_group",
        severity: Error because "structural: a group format describes a group",
        source: OSKU,
        parameters: [],
        params: { form: ParamValue },
        title: ["Ryhmämuoto ilman ryhmää", "Gruppformat utan grupp", "Group format without a group"],
        message: [
            "Ryhmämuoto on kirjattu, mutta toimintamuoto on {form}.",
            "Ett gruppformat är registrerat, men verksamhetsformen är {form}.",
            "A group format is recorded, but the form is {form}.",
        ],
    }

    /// A model transition is dated before the start or the previous transition.
    PATH_TRANSITION_OUT_OF_ORDER => TransitionOutOfOrder {
        code: "path.transition_out_of_order",
        severity: Error because "structural: transitions follow each other in time",
        source: OSKU,
        parameters: [],
        params: { date: NaiveDate, after: NaiveDate },
        title: ["Siirtymä väärässä järjestyksessä", "Övergång i fel ordning", "Transition out of order"],
        message: [
            "Siirtymä {date} on ennen palvelun alkua tai edellistä siirtymää ({after}).",
            "Övergången {date} är före tjänstens början eller den föregående övergången ({after}).",
            "The transition on {date} is before the start or the previous transition ({after}).",
        ],
    }
}

impl Check<'_> {
    pub(super) fn placement(
        &mut self,
        enrolment: &Enrolment,
        placement: &WorkActivityPlacement,
        spec: &ServiceModelSpec,
        base: &JsonPointer,
    ) {
        let at = || base.clone().field("work_activity");
        if placement.group_format.is_some() && placement.form != PlaceForm::Group {
            self.push(
                GroupFormatWithoutGroup {
                    form: ParamValue::term(placement.form),
                }
                .at(at().field("group_format")),
            );
        }
        let mut after = enrolment.start;
        for (index, transition) in placement.transitions.iter().enumerate() {
            if transition.date < after {
                self.push(
                    TransitionOutOfOrder {
                        date: transition.date,
                        after,
                    }
                    .at(at().field("transitions").index(index)),
                );
            }
            after = after.max(transition.date);
        }
        let Some(mix) = placement.delivered_minutes.mix() else {
            return;
        };
        // Missing means no minutes at all: a small share that rounds to 0 % is there.
        let delivered = &placement.delivered_minutes;
        let contents = [
            (
                Content::LifeManagement,
                "life_management",
                delivered.life_management,
            ),
            (
                Content::WorkingLifeReadiness,
                "working_life_readiness",
                delivered.working_life_readiness,
            ),
            (
                Content::DoingTheWork,
                "doing_the_work",
                delivered.doing_the_work,
            ),
        ];
        for (content, field, _) in contents.iter().filter(|(_, _, minutes)| *minutes == 0) {
            self.push(
                ContentMissing {
                    content: ParamValue::term(*content),
                }
                .at(at().field("delivered_minutes").field(field)),
            );
        }
        // The client's own need when assessed, else the profile of the model they are in.
        let (target, against) = match &placement.need {
            Some(need) => (
                need.needed_mix(),
                ParamValue::name(
                    "need",
                    &crate::i18n::LocalizedText::new(
                        "asiakkaan tarve",
                        "klientens behov",
                        "the client's need",
                    ),
                ),
            ),
            None => {
                let model = placement.current_model();
                (self.models.profiles().of(model), ParamValue::term(model))
            }
        };
        let distance = mix.distance(&target);
        let max = spec.tolerances.content_mix_points;
        if distance > max {
            self.push(
                ContentOffProfile {
                    model: against,
                    distance,
                    max,
                }
                .at(at().field("delivered_minutes")),
            );
        }
    }
}
