//! A client's work-activity placement on a service path: which model, in what form and
//! legal frame, in what group format, the content mix actually delivered, and the model
//! transitions along the way (*OsKu – Osallisuutta kuntoutuksesta*).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
use crate::work_activity::model::{ContentWeights, WorkActivityModel};

/// The form of a work-activity place (*OsKu – Osallisuutta kuntoutuksesta*: group activity, individual places,
/// workshop activity).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PlaceForm {
    /// Group activity (*ryhmämuotoinen toiminta*).
    Group,
    /// An individual place (*yksilöpaikka*).
    IndividualPlace,
    /// Workshop activity (*pajamuotoinen työtoiminta*).
    Workshop,
}

vocabulary!(PlaceForm {
    Group => ["ryhmämuotoinen toiminta", "gruppverksamhet", "group activity"],
    IndividualPlace => ["yksilöpaikka", "individuell plats", "individual place"],
    Workshop => ["pajamuotoinen työtoiminta", "verkstadsverksamhet", "workshop activity"],
});

/// The law the placement is arranged under: the same group can be either, by the
/// client's need (*OsKu – Osallisuutta kuntoutuksesta*).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum LegalFrame {
    /// Rehabilitative work activity (law 189/2001).
    RehabilitativeWorkActivity,
    /// Social rehabilitation (Social Welfare Act 1301/2014 §17).
    SocialRehabilitation,
}

vocabulary!(LegalFrame {
    RehabilitativeWorkActivity => ["kuntouttava työtoiminta", "arbetsverksamhet i rehabiliteringssyfte", "rehabilitative work activity"],
    SocialRehabilitation => ["sosiaalinen kuntoutus", "social rehabilitering", "social rehabilitation"],
});

/// The group formats tried in OsKu (*OsKu – Osallisuutta kuntoutuksesta*).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GroupFormat {
    /// A group of three months.
    ThreeMonthGroup,
    /// A non-stop group whose content cycles every three months: join any time.
    NonStopGroup,
    /// 2+2+2 days: two hours of a theme, two of a functional part (exercise, cooking),
    /// two of art-based methods.
    TwoPlusTwoPlusTwo,
}

vocabulary!(GroupFormat {
    ThreeMonthGroup => ["3 kuukauden ryhmä", "grupp på tre månader", "three-month group"],
    NonStopGroup => ["non stop -ryhmä", "non stop-grupp", "non-stop group"],
    TwoPlusTwoPlusTwo => ["2+2+2-ryhmä", "2+2+2-grupp", "2+2+2 group"],
});

/// Where a client moves from a work-activity model.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TransitionTarget {
    /// Into participatory work activity.
    Participatory,
    /// Into start work activity.
    Start,
    /// Into mapping work activity.
    Mapping,
    /// Into working-life-oriented work activity.
    WorkingLifeOriented,
    /// To another service.
    OtherService,
    /// To education.
    Education,
    /// To the open labour market.
    OpenLabourMarket,
}

vocabulary!(TransitionTarget {
    Participatory => ["osallistava työtoiminta", "delaktiggörande arbetsverksamhet", "participatory work activity"],
    Start => ["starttityötoiminta", "startarbetsverksamhet", "start work activity"],
    Mapping => ["kartoittava työtoiminta", "kartläggande arbetsverksamhet", "mapping work activity"],
    WorkingLifeOriented => ["työelämään suuntaava työtoiminta", "arbetslivsinriktad arbetsverksamhet", "working-life-oriented work activity"],
    OtherService => ["muu palvelu", "annan tjänst", "another service"],
    Education => ["koulutus", "utbildning", "education"],
    OpenLabourMarket => ["avoimet työmarkkinat", "öppna arbetsmarknaden", "open labour market"],
});

impl TransitionTarget {
    /// The target of moving into `model`.
    pub const fn model(model: WorkActivityModel) -> TransitionTarget {
        match model {
            WorkActivityModel::Start => TransitionTarget::Start,
            WorkActivityModel::Mapping => TransitionTarget::Mapping,
            WorkActivityModel::Participatory => TransitionTarget::Participatory,
            WorkActivityModel::WorkingLifeOriented => TransitionTarget::WorkingLifeOriented,
        }
    }

    /// Distance from working life, smaller is closer. *Derived* from the source's
    /// characterisations: participatory work activity is furthest, working-life-oriented
    /// nearest among the models; education and work lead on. Another service has no
    /// place on the scale: it may be health care, a pension process or social work,
    /// nearer to working life or further from it.
    const fn rank(self) -> Option<u8> {
        match self {
            TransitionTarget::Participatory => Some(5),
            TransitionTarget::Start => Some(4),
            TransitionTarget::Mapping => Some(3),
            TransitionTarget::WorkingLifeOriented => Some(2),
            TransitionTarget::OtherService => None,
            TransitionTarget::Education => Some(1),
            TransitionTarget::OpenLabourMarket => Some(0),
        }
    }

    /// Whether moving from `from` to `self` is a positive transition (*positiivinen
    /// siirtymä*, *OsKu – Osallisuutta kuntoutuksesta*): nearer to working life. A move
    /// to another service is not one; from another service, only education and the open
    /// labour market are.
    pub const fn is_positive_from(self, from: TransitionTarget) -> bool {
        match (self.rank(), from.rank()) {
            (Some(to), Some(from)) => to < from,
            (Some(to), None) => to <= 1,
            (None, _) => false,
        }
    }
}

/// A move out of the current model on a day.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`ModelTransition::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ModelTransition {
    /// The day of the move.
    #[serde(deserialize_with = "crate::date_text::date")]
    pub date: NaiveDate,
    /// Where to.
    pub to: TransitionTarget,
}

impl ModelTransition {
    /// A move to `to` on `date`.
    pub fn new(date: NaiveDate, to: TransitionTarget) -> Self {
        ModelTransition { date, to }
    }
}

/// Minutes delivered per content.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "Exhaustive on purpose: its fields are the three contents of OsKu work activity (life management, working-life readiness, doing the work) the source names; the models are mixes of exactly these."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContentMinutes {
    /// Life management.
    pub life_management: u32,
    /// Working-life readiness.
    pub working_life_readiness: u32,
    /// Doing the work itself.
    pub doing_the_work: u32,
}

impl ContentMinutes {
    /// The delivered mix as percents; `None` before anything was delivered.
    pub fn mix(&self) -> Option<ContentWeights> {
        ContentWeights::from_minutes([
            self.life_management,
            self.working_life_readiness,
            self.doing_the_work,
        ])
    }
}

/// A client's work-activity placement within an enrolment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct WorkActivityPlacement {
    /// The model the placement started in.
    pub model: WorkActivityModel,
    /// Group, individual place or workshop.
    pub form: PlaceForm,
    /// The law it is arranged under.
    pub legal_frame: LegalFrame,
    /// The group format, for group activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_format: Option<GroupFormat>,
    /// Minutes delivered per content so far.
    #[serde(default)]
    pub delivered_minutes: ContentMinutes,
    /// Moves to other models or onwards, in date order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transitions: Vec<ModelTransition>,
    /// The client's need profile, when assessed: the delivered content mix is then
    /// compared with the mix the client needs ("asiakkaan tarvitsemassa suhteessa",
    /// *OsKu – Osallisuutta kuntoutuksesta*), not with the model's profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need: Option<crate::work_activity::recommend::NeedProfile>,
}

impl WorkActivityPlacement {
    /// A placement starting in `model`, in `form`, under `legal_frame`, with no group
    /// format, nothing delivered yet, no transitions and no need profile.
    pub fn new(model: WorkActivityModel, form: PlaceForm, legal_frame: LegalFrame) -> Self {
        WorkActivityPlacement {
            model,
            form,
            legal_frame,
            group_format: None,
            delivered_minutes: ContentMinutes::default(),
            transitions: Vec::new(),
            need: None,
        }
    }

    /// The model the client is in after the transitions: the last transition into a
    /// model, else the starting model.
    pub fn current_model(&self) -> WorkActivityModel {
        self.transitions
            .iter()
            .rev()
            .find_map(|t| match t.to {
                TransitionTarget::Start => Some(WorkActivityModel::Start),
                TransitionTarget::Mapping => Some(WorkActivityModel::Mapping),
                TransitionTarget::Participatory => Some(WorkActivityModel::Participatory),
                TransitionTarget::WorkingLifeOriented => {
                    Some(WorkActivityModel::WorkingLifeOriented)
                }
                _ => None,
            })
            .unwrap_or(self.model)
    }

    /// The transitions that were positive, each compared with where the client was.
    pub fn positive_transitions(&self) -> Vec<ModelTransition> {
        let mut at = TransitionTarget::model(self.model);
        let mut positive = Vec::new();
        for transition in &self.transitions {
            if transition.to.is_positive_from(at) {
                positive.push(*transition);
            }
            at = transition.to;
        }
        positive
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_nearer_to_working_life_is_positive() {
        let date = NaiveDate::from_ymd_opt(2024, 3, 1).expect("date");
        let placement = WorkActivityPlacement {
            model: WorkActivityModel::Start,
            form: PlaceForm::Group,
            legal_frame: LegalFrame::SocialRehabilitation,
            group_format: Some(GroupFormat::ThreeMonthGroup),
            delivered_minutes: ContentMinutes::default(),
            need: None,
            transitions: vec![
                ModelTransition {
                    date,
                    to: TransitionTarget::Participatory,
                },
                ModelTransition {
                    date,
                    to: TransitionTarget::WorkingLifeOriented,
                },
                ModelTransition {
                    date,
                    to: TransitionTarget::OtherService,
                },
                ModelTransition {
                    date,
                    to: TransitionTarget::OpenLabourMarket,
                },
            ],
        };
        let positive: Vec<TransitionTarget> = placement
            .positive_transitions()
            .iter()
            .map(|t| t.to)
            .collect();
        assert_eq!(
            positive,
            [
                TransitionTarget::WorkingLifeOriented,
                TransitionTarget::OpenLabourMarket
            ]
        );
    }

    #[test]
    fn another_service_is_no_step_on_the_scale() {
        use TransitionTarget::*;
        for model in [Participatory, Start, Mapping, WorkingLifeOriented] {
            assert!(!OtherService.is_positive_from(model), "{model:?}");
        }
        assert!(!OtherService.is_positive_from(OtherService));
        assert!(Education.is_positive_from(OtherService));
        assert!(OpenLabourMarket.is_positive_from(OtherService));
        assert!(!WorkingLifeOriented.is_positive_from(OtherService));
        assert!(!Participatory.is_positive_from(OtherService));
        // The scale itself: each step nearer is positive, a step back is not.
        assert!(Start.is_positive_from(Participatory));
        assert!(!Participatory.is_positive_from(Start));
        assert!(!Start.is_positive_from(Start));
        assert!(Education.is_positive_from(WorkingLifeOriented));
        assert!(OpenLabourMarket.is_positive_from(Education));
    }
}
