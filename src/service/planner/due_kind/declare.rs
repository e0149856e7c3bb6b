//! How a kind of due item is declared: the `duties!` macro, and how each field becomes
//! a parameter of the message.

use chrono::NaiveDate;

use crate::rules::finding::ParamValue;
use crate::service::planner::workflow::WorkflowStep;
use crate::service::record::event::EventKind;
use crate::service::record::key::Key;
use crate::service::record::measurement::InstrumentKind;
use crate::service::record::period::Period;
use crate::service::record::period::PeriodSpan;

/// How a field of a due item becomes a parameter of its message.
pub(crate) trait DueParam {
    fn param(&self) -> ParamValue;
}

impl DueParam for u32 {
    fn param(&self) -> ParamValue {
        (*self).into()
    }
}

impl DueParam for NaiveDate {
    fn param(&self) -> ParamValue {
        (*self).into()
    }
}

impl DueParam for EventKind {
    fn param(&self) -> ParamValue {
        ParamValue::term(*self)
    }
}

impl DueParam for InstrumentKind {
    fn param(&self) -> ParamValue {
        ParamValue::term(*self)
    }
}

impl DueParam for WorkflowStep {
    fn param(&self) -> ParamValue {
        ParamValue::term(*self)
    }
}

impl DueParam for Key {
    fn param(&self) -> ParamValue {
        ParamValue::key(self.as_str())
    }
}

/// The phases that may follow: what happens when the phase ends.
impl DueParam for Vec<Key> {
    fn param(&self) -> ParamValue {
        ParamValue::term(if self.is_empty() {
            PhaseSequel::ServiceEnds
        } else {
            PhaseSequel::NextPhaseStarts
        })
    }
}

/// A period as the JSON writes it (`2024-W05`, `2024-05`), read back as a typed period so
/// it renders per language; any other text as it is.
impl DueParam for String {
    fn param(&self) -> ParamValue {
        period_param(self)
    }
}

/// What follows a phase that reaches its longest length.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PhaseSequel {
    /// The next phase starts.
    NextPhaseStarts,
    /// The service ends: the phase is the last.
    ServiceEnds,
}

crate::i18n::vocabulary!(PhaseSequel {
    NextPhaseStarts => ["seuraava vaihe alkaa", "nästa fas börjar", "the next phase starts"],
    ServiceEnds => ["palvelu päättyy", "tjänsten slutar", "the service ends"],
});

/// A period written `2024-W05` or `2024-05` as a typed parameter; any other text as it is.
pub(crate) fn period_param(period: &str) -> ParamValue {
    let parsed = match period.split_once("-W") {
        Some((year, week)) => year.parse().ok().zip(week.parse().ok()).and_then(|(y, w)| {
            NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)
                .map(|first| (Period::IsoWeek, first))
        }),
        None => period.split_once('-').and_then(|(year, month)| {
            let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)?;
            Some((Period::CalendarMonth, date))
        }),
    };
    match parsed {
        Some((per, first)) => {
            let last = PeriodSpan::containing(per, first)
                .and_then(|span| span.last_day())
                .unwrap_or(first);
            ParamValue::Periods {
                per,
                first,
                last,
                count: 1,
            }
        }
        None => ParamValue::key(period),
    }
}

/// Declares the kinds of due item; see the module docs.
macro_rules! duties {
    (
        $(
            $(#[doc = $doc:literal])+
            $variant:ident => $name:ident {
                type: $tag:literal,
                label: [$lfi:literal, $lsv:literal, $len:literal $(,)?],
                fields: { $( $(#[$meta:meta])* $field:ident : $ty:ty ),* $(,)? },
                message: [$mfi:literal, $msv:literal, $men:literal $(,)?] $(,)?
            }
        )+
    ) => {
        /// What is due: one kind of duty a model spec places on a path, with what the
        /// planner knows of it.
        ///
        /// ```
/// use chrono::NaiveDate;
/// use tyokyky::service::build::sample;
/// use tyokyky::{ClientId, Lang};
///
/// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
/// let as_of = NaiveDate::from_ymd_opt(2024, 2, 20).ok_or("date")?;
/// let due = sample::mapping_and_coaching(ClientId::new("demo-1")?, start, as_of).due(as_of);
/// let kind = &due.items.first().ok_or("an item")?.what;
/// assert!(!kind.label().get(Lang::Fi).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
        #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
        #[serde(tag = "type", rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum DueKind {
            $(
                $(#[doc = $doc])+
                $variant($name),
            )+
        }

        $(
            $(#[doc = $doc])+
            #[cfg_attr(doc, doc = "")]
            #[cfg_attr(doc, doc = "`#[non_exhaustive]`: the planner builds it and you read it; a field may be added in a minor release.")]
            #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
            #[serde(deny_unknown_fields)]
            #[non_exhaustive]
            pub struct $name {
                $( $(#[$meta])* pub $field: $ty, )*
            }

            impl From<$name> for DueKind {
                fn from(due: $name) -> Self {
                    DueKind::$variant(due)
                }
            }
        )+

        /// Labels of the `"type"` of each [`DueKind`].
        pub const DUE_KIND_LABELS: &[(&str, $crate::i18n::Labels)] = &[
            $(($tag, $crate::i18n::Labels { fi: $lfi, sv: $lsv, en: $len }),)+
        ];

        impl DueKind {
            /// The `"type"` of the kind in JSON, e.g. `"contact"`.
            pub fn tag(&self) -> &'static str {
                match self {
                    $(DueKind::$variant(_) => $tag,)+
                }
            }

            /// The kind's label per language.
            pub fn label(&self) -> $crate::i18n::Labels {
                match self {
                    $(DueKind::$variant(_) => $crate::i18n::Labels { fi: $lfi, sv: $lsv, en: $len },)+
                }
            }

            /// The message template per language; `{phase}` and the kind's fields are
            /// its placeholders.
            pub fn template(&self) -> $crate::i18n::Labels {
                match self {
                    $(DueKind::$variant(_) => $crate::i18n::Labels { fi: $mfi, sv: $msv, en: $men },)+
                }
            }

            /// The kind's fields as the message's parameters.
            pub(crate) fn params(&self, params: &mut $crate::rules::Params) {
                match self {
                    $(
                        #[allow(unused_variables)]
                        DueKind::$variant(due) => {
                            $( params.insert(stringify!($field), $crate::service::planner::due_kind::declare::DueParam::param(&due.$field)); )*
                        }
                    )+
                }
            }

            /// The names of each kind's fields, by `"type"`: the message's placeholders
            /// besides `{phase}`.
            #[cfg(test)]
            pub(crate) const FIELDS: &'static [(&'static str, &'static [&'static str])] = &[
                $(($tag, &[$(stringify!($field)),*]),)+
            ];

            /// The message template of each kind, by `"type"`.
            #[cfg(test)]
            pub(crate) const TEMPLATES: &'static [(&'static str, $crate::i18n::Labels)] = &[
                $(($tag, $crate::i18n::Labels { fi: $mfi, sv: $msv, en: $men }),)+
            ];
        }
    };
}

pub(crate) use duties;
