//! Checks of a service model spec: a spec that cannot be applied is refused when it is
//! deserialized or inserted, with the JSON Pointer of the offending value and the range it
//! must be in.

use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;

use crate::hetu_scan::contains_identity_code;
use crate::i18n::{Lang, LocalizedText};
use crate::rules::pointer::JsonPointer;
use crate::service::record::key::Key;
use crate::service::spec::amount::Amount;
use crate::service::spec::model_spec::{PhaseSpec, Requirement, ServiceModelSpec, Tolerances};
use crate::service::spec::parameter::{self, Access, Parameter};

/// Why a service model spec cannot be applied, and where in its JSON document.
///
/// ```
/// use tyokyky::service::spec::models;
/// use tyokyky::ServiceModels;
///
/// let mut spec = models::rehabilitative_work_activity();
/// spec.phases[0].length.as_mut().ok_or("length")?.min_months = 30.into();
/// let errors = ServiceModels::defaults().insert(spec).err().ok_or("refused")?;
/// let error = errors.first().ok_or("one")?;
/// assert_eq!(error.pointer().as_str(), "/phases/0/length/min_months");
/// assert_eq!(error.to_string(), "/phases/0/length/min_months: 30 is above the maximum 24");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{pointer}: {problem}")]
pub struct SpecError {
    pointer: JsonPointer,
    problem: SpecProblem,
}

impl SpecError {
    /// Where in the spec's JSON document.
    pub fn pointer(&self) -> &JsonPointer {
        &self.pointer
    }

    /// What is wrong.
    pub fn problem(&self) -> &SpecProblem {
        &self.problem
    }
}

/// Every problem found in a spec or a set of specs, in document order; never empty.
///
/// ```
/// use tyokyky::{Key, ServiceModels};
///
/// let mut spec = ServiceModels::defaults().get(&Key::new("wellbeing_group")?).ok_or("model")?.clone();
/// spec.phases.clear();
/// let errors = spec.check().unwrap_err();
/// for error in &errors {
///     println!("{}: {}", error.pointer(), error.problem());
/// }
/// assert_eq!(errors.iter().next().ok_or("error")?.pointer().as_str(), "/phases");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecErrors(Vec<SpecError>);

impl SpecErrors {
    /// The problems, in document order.
    pub fn iter(&self) -> std::slice::Iter<'_, SpecError> {
        self.0.iter()
    }

    /// The first problem.
    pub fn first(&self) -> Option<&SpecError> {
        self.0.first()
    }

    /// How many problems.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false: a `SpecErrors` holds at least one problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a SpecErrors {
    type Item = &'a SpecError;
    type IntoIter = std::slice::Iter<'a, SpecError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl IntoIterator for SpecErrors {
    type Item = SpecError;
    type IntoIter = std::vec::IntoIter<SpecError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl fmt::Display for SpecErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SpecErrors {}

/// What is wrong with a spec.
///
/// ```
/// use tyokyky::{Key, ServiceModels};
///
/// let mut spec = ServiceModels::defaults().get(&Key::new("wellbeing_group")?).ok_or("model")?.clone();
/// spec.phases.clear();
/// let errors = spec.check().unwrap_err();
/// let problem = errors.iter().next().ok_or("error")?.problem();
/// assert!(!problem.text().fi.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SpecProblem {
    /// A number outside the range it must be in.
    OutOfRange {
        /// The value.
        value: u64,
        /// The smallest value allowed.
        min: u64,
        /// The largest value allowed.
        max: u64,
    },
    /// A model without phases.
    NoPhases,
    /// Two phases with one id.
    DuplicatePhase {
        /// The id.
        id: Key,
    },
    /// A reference to a phase the model does not have.
    UnknownPhase {
        /// The id.
        id: Key,
    },
    /// A cadence that asks for nothing: no fewest count, no most count, no minutes.
    EmptyCadence,
    /// A list that must not be empty.
    Empty,
    /// Two models with one id in a set of models.
    DuplicateModel {
        /// The id.
        id: Key,
    },
    /// A text that holds something that reads as a personal identity code: a spec
    /// describes a service, never a person.
    PersonalData,
}

impl SpecProblem {
    /// The problem in Finnish, Swedish and English, for a finding's message.
    pub fn text(&self) -> crate::i18n::LocalizedText {
        let (fi, sv) = match self {
            SpecProblem::OutOfRange { value, min, .. } if value < min => (
                format!("{value} on pienempi kuin pienin sallittu {min}"),
                format!("{value} är mindre än det minsta tillåtna {min}"),
            ),
            SpecProblem::OutOfRange { value, max, .. } => (
                format!("{value} on suurempi kuin suurin sallittu {max}"),
                format!("{value} är större än det största tillåtna {max}"),
            ),
            SpecProblem::NoPhases => (
                "mallissa on oltava vähintään yksi vaihe".to_owned(),
                "en modell har minst en fas".to_owned(),
            ),
            SpecProblem::DuplicatePhase { id } => (
                format!("vaiheen tunnus ”{id}” on käytössä kahdesti"),
                format!("fasens id ”{id}” används två gånger"),
            ),
            SpecProblem::UnknownPhase { id } => (
                format!("mallissa ei ole vaihetta ”{id}”"),
                format!("modellen har ingen fas ”{id}”"),
            ),
            SpecProblem::EmptyCadence => (
                "rytmi vaatii vähimmäis- tai enimmäismäärän tai keston minuutteina".to_owned(),
                "en rytm kräver ett minsta eller högsta antal eller en längd i minuter".to_owned(),
            ),
            SpecProblem::Empty => (
                "luettelo ei saa olla tyhjä".to_owned(),
                "listan får inte vara tom".to_owned(),
            ),
            SpecProblem::DuplicateModel { id } => (
                format!("mallin tunnus ”{id}” on käytössä kahdesti"),
                format!("modellens id ”{id}” används två gånger"),
            ),
            SpecProblem::PersonalData => (
                "teksti sisältää henkilötunnukselta näyttävän merkkijonon".to_owned(),
                "texten innehåller något som liknar en personbeteckning".to_owned(),
            ),
        };
        crate::i18n::LocalizedText::new(fi, sv, self.to_string())
    }
}

impl fmt::Display for SpecProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpecProblem::OutOfRange { value, min, max } if value < min => {
                write!(f, "{value} is below the minimum {min}")
            }
            SpecProblem::OutOfRange { value, max, .. } => {
                write!(f, "{value} is above the maximum {max}")
            }
            SpecProblem::NoPhases => f.write_str("a model has at least one phase"),
            SpecProblem::DuplicatePhase { id } => write!(f, "the phase id {id} is used twice"),
            SpecProblem::UnknownPhase { id } => write!(f, "the model has no phase {id}"),
            SpecProblem::EmptyCadence => {
                f.write_str("a cadence asks for a fewest or most count or a length in minutes")
            }
            SpecProblem::Empty => f.write_str("the list must not be empty"),
            SpecProblem::DuplicateModel { id } => write!(f, "the model id {id} is used twice"),
            SpecProblem::PersonalData => {
                f.write_str("the text holds what reads as a personal identity code")
            }
        }
    }
}

/// The longest length of a phase the crate accepts, in months: 100 years.
pub const MAX_PHASE_MONTHS: u32 = 1200;
/// The most days a tolerance or a deadline may span: 10 years.
pub const MAX_DAYS: u32 = 3660;
/// The most minutes one contact may last: a day.
pub const MAX_CONTACT_MINUTES: u32 = 24 * 60;

struct Checker {
    errors: Vec<SpecError>,
}

impl Checker {
    /// A localized text may not hold an identity code in any language.
    fn no_identity_code(&mut self, text: &LocalizedText, at: impl Fn() -> JsonPointer) {
        for lang in Lang::ALL {
            if contains_identity_code(text.get(lang)) {
                self.fail(at().field(lang.code()), SpecProblem::PersonalData);
            }
        }
    }

    fn fail(&mut self, pointer: JsonPointer, problem: SpecProblem) {
        self.errors.push(SpecError { pointer, problem });
    }

    fn range(&mut self, pointer: impl FnOnce() -> JsonPointer, value: u32, min: u32, max: u32) {
        if !(min..=max).contains(&value) {
            self.fail(
                pointer(),
                SpecProblem::OutOfRange {
                    value: u64::from(value),
                    min: u64::from(min),
                    max: u64::from(max),
                },
            );
        }
    }
}

impl ServiceModelSpec {
    /// Checks that the spec can be applied: at least one phase, unique phase ids, `next`
    /// and requirement phases that exist, every minimum at most its maximum, cadences that
    /// ask for something, and every number within the crate's bounds
    /// ([`MAX_PHASE_MONTHS`], [`MAX_DAYS`], [`MAX_CONTACT_MINUTES`], percentage points up
    /// to 100).
    ///
    /// # Errors
    ///
    /// Every problem found, in document order, each a [`SpecError`] with its JSON Pointer.
    pub fn check(&self) -> Result<(), SpecErrors> {
        let mut checker = Checker { errors: Vec::new() };
        let root = JsonPointer::root;
        checker.no_identity_code(&self.name, || root().field("name"));
        if contains_identity_code(&self.source) {
            checker.fail(root().field("source"), SpecProblem::PersonalData);
        }
        if self.phases.is_empty() {
            checker.fail(root().field("phases"), SpecProblem::NoPhases);
        }
        let mut seen = HashSet::new();
        for (index, phase) in self.phases.iter().enumerate() {
            let at = || root().field("phases").index(index);
            if !seen.insert(&phase.id) {
                checker.fail(
                    at().field("id"),
                    SpecProblem::DuplicatePhase {
                        id: phase.id.clone(),
                    },
                );
            }
            self.check_phase(&mut checker, phase, at);
        }
        self.check_requirements(&mut checker);
        check_tolerances(&mut checker, &self.tolerances);
        if checker.errors.is_empty() {
            Ok(())
        } else {
            Err(SpecErrors(checker.errors))
        }
    }

    fn check_phase(&self, checker: &mut Checker, phase: &PhaseSpec, at: impl Fn() -> JsonPointer) {
        checker.no_identity_code(&phase.name, || at().field("name"));
        if let Some(length) = &phase.length {
            checker.numbers(
                || at().field("length"),
                |access| match access {
                    Access::Length { get, .. } => Some(get(length)),
                    _ => None,
                },
            );
        }
        for (index, cadence) in phase.cadence.iter().enumerate() {
            let at = || at().field("cadence").index(index);
            // A cadence asks for something: a fewest count above zero or any limit.
            let asks = parameter::of_cadence().any(|parameter| match parameter.access {
                Access::Cadence { get, optional, .. } => get(cadence)
                    .is_some_and(|amount| optional || amount.values().any(|value| value > 0)),
                _ => false,
            });
            if !asks {
                checker.fail(at(), SpecProblem::EmptyCadence);
            }
            checker.numbers(at, |access| match access {
                Access::Cadence { get, .. } => get(cadence),
                _ => None,
            });
        }
        for (index, total) in phase.totals.iter().enumerate() {
            checker.numbers(
                || at().field("totals").index(index),
                |access| match access {
                    Access::Total { get, .. } => Some(get(total)),
                    _ => None,
                },
            );
        }
        for (index, next) in phase.next.iter().enumerate() {
            if self.phase(next).is_none() {
                checker.fail(
                    at().field("next").index(index),
                    SpecProblem::UnknownPhase { id: next.clone() },
                );
            }
        }
    }

    fn check_requirements(&self, checker: &mut Checker) {
        for (index, requirement) in self.requirements.iter().enumerate() {
            let at = || JsonPointer::root().field("requirements").index(index);
            match requirement {
                Requirement::PlanBeforeStart { plans } if plans.is_empty() => {
                    checker.fail(at().field("plans"), SpecProblem::Empty);
                }
                Requirement::HealthAssessmentOffered { phase } if self.phase(phase).is_none() => {
                    checker.fail(
                        at().field("phase"),
                        SpecProblem::UnknownPhase { id: phase.clone() },
                    );
                }
                _ => {}
            }
            checker.numbers(at, |access| match access {
                Access::Requirement { get, .. } => get(requirement).map(Amount::Fixed),
                _ => None,
            });
        }
    }
}

impl Checker {
    /// Every numeric parameter of one object of a spec (a length, a cadence, a total, a
    /// requirement, the tolerances), as `value` reads it from the declarations: each
    /// within its range, and each lower bound at most the upper bounds of its quantity.
    fn numbers(&mut self, at: impl Fn() -> JsonPointer, value: impl Fn(Access) -> Option<Amount>) {
        let present: Vec<(&'static Parameter, Amount)> = parameter::ALL
            .iter()
            .filter_map(|parameter| Some((*parameter, value(parameter.access)?)))
            .collect();
        for (parameter, amount) in &present {
            let Some((min, max)) = parameter.range else {
                continue;
            };
            if let Some(outside) = amount.values().find(|value| !(min..=max).contains(value)) {
                self.range(|| at().field(parameter.key()), outside, min, max);
                continue;
            }
            let Some(upper) = parameter.role.upper() else {
                continue;
            };
            // The lower bound at its largest against each upper bound at its smallest.
            let highest = amount.values().max().unwrap_or(0);
            for (_, bound) in present.iter().filter(|(other, _)| other.role == upper) {
                let lowest = bound.values().min().unwrap_or(u32::MAX);
                self.range(|| at().field(parameter.key()), highest, min, lowest);
            }
        }
    }
}

fn check_tolerances(checker: &mut Checker, tolerances: &Tolerances) {
    checker.numbers(
        || JsonPointer::root().field("tolerances"),
        |access| match access {
            Access::Tolerances { get, .. } => Some(Amount::Fixed(get(tolerances))),
            _ => None,
        },
    );
}

/// Checks a set of specs: each spec, and no id twice.
pub(crate) fn check_all(specs: &[ServiceModelSpec]) -> Result<(), SpecErrors> {
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for (index, spec) in specs.iter().enumerate() {
        if let Err(found) = spec.check() {
            let base = JsonPointer::root().index(index);
            errors.extend(found.0.into_iter().map(|error| SpecError {
                pointer: error.pointer.under(&base),
                problem: error.problem,
            }));
        }
        if !seen.insert(&spec.id) {
            errors.push(SpecError {
                pointer: JsonPointer::root().index(index).field("id"),
                problem: SpecProblem::DuplicateModel {
                    id: spec.id.clone(),
                },
            });
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(SpecErrors(errors))
    }
}

impl<'de> Deserialize<'de> for ServiceModelSpec {
    /// Deserializes and [checks](ServiceModelSpec::check) the spec: the error names the
    /// JSON Pointer of each problem and the accepted range.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spec = ServiceModelSpec::deserialize(deserializer)?;
        spec.check().map_err(serde::de::Error::custom)?;
        Ok(spec)
    }
}
