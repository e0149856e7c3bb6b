//! A rule's stable code and what its declaration states: the vocabulary every finding,
//! spec and report shares. The list of every rule and the catalogue built from it are
//! in [`crate::rules::catalogue`], at the top of the crate.

use std::fmt;

use serde::Serialize;

use crate::i18n::Labels;
use crate::rules::severity::Severity;

/// A parameter a rule names: anything with a stable name (the declared parameters of
/// `service::parameter` are these).
pub trait RuleParameter: Sync {
    /// The parameter's stable name, e.g. `cadence.max_count`.
    fn name(&self) -> &'static str;
}

impl fmt::Debug for dyn RuleParameter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl PartialEq for dyn RuleParameter {
    fn eq(&self, other: &Self) -> bool {
        self.name() == other.name()
    }
}

impl Eq for dyn RuleParameter {}

/// What the catalogue knows of one rule, as its declaration states it.
///
/// ```
/// use tyokyky::{RuleCode, Severity};
///
/// let info = RuleCode::DOCUMENT_MALFORMED_JSON.info();
/// assert_eq!(info.code, "document.malformed_json");
/// assert_eq!(info.default_severity, Severity::Error);
/// assert!(info.params.contains(&"line"));
/// ```
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RuleInfo {
    /// The stable code, e.g. `client.birth_date_mismatch`.
    pub code: &'static str,
    /// Severity unless a model spec overrides it.
    pub default_severity: Severity,
    /// Why the default severity is what it is, under the crate's severity policy (error:
    /// breaks a law in force or a structural invariant of the record; warning: departs
    /// from the practice a source describes or from a derived default; info: advice).
    pub severity_reason: &'static str,
    /// Short title per language.
    pub title: Labels,
    /// Message template per language; `{name}` is replaced by the finding's parameter.
    pub message: Labels,
    /// Where the rule comes from: a public source document, a law section, a paper.
    pub source: &'static str,
    /// The parameters that drive the rule: spec fields, settings, or figures of the law
    /// the rule reads (declared in `service::parameter`; the catalogue resolves them).
    pub parameters: &'static [&'static dyn RuleParameter],
    /// The names of the finding's parameters: exactly the placeholders of the message.
    pub params: &'static [&'static str],
}

impl RuleInfo {
    /// The listed [`Source`](crate::source::Source)s the rule's citation names: what a
    /// reader opens to check it. Empty only for rules that rest on the crate's own limits,
    /// the spec in use or the record's own consistency (a test holds every other rule to
    /// at least one).
    pub fn sources(&self) -> Vec<&'static crate::source::Source> {
        crate::source::cited_in(self.source)
    }
}

/// The stable code of a rule, serialized as a dotted snake_case string such as
/// `"client.birth_date_mismatch"`.
///
/// Every rule is a constant of this type (`RuleCode::PATH_CADENCE_GAP`), declared once
/// beside its check; [`RuleCode::ALL`] lists them in catalogue order. New rules add
/// constants; the serialized strings never change meaning. Codes compare, order and hash
/// by their text.
///
/// ```
/// use tyokyky::RuleCode;
///
/// let code = RuleCode::PATH_CADENCE_GAP;
/// assert_eq!(code.as_str(), "path.cadence_gap");
/// assert_eq!(RuleCode::from_code("path.cadence_gap"), Some(code));
/// assert!(code.info().params.contains(&"periods"));
/// ```
#[derive(Clone, Copy)]
pub struct RuleCode(&'static RuleInfo);

impl RuleCode {
    /// The code of a declared rule (used by the `rules!` declarations).
    pub(crate) const fn declared(info: &'static RuleInfo) -> Self {
        RuleCode(info)
    }

    /// What the catalogue knows of this rule.
    pub fn info(self) -> &'static RuleInfo {
        self.0
    }
}

impl RuleCode {
    /// The stable code as text, e.g. `"client.birth_date_mismatch"`.
    pub fn as_str(self) -> &'static str {
        self.info().code
    }
}

impl PartialEq for RuleCode {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0) || self.0.code == other.0.code
    }
}

impl Eq for RuleCode {}

impl std::hash::Hash for RuleCode {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.code.hash(state);
    }
}

impl PartialOrd for RuleCode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for RuleCode {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.code.cmp(other.0.code)
    }
}

impl fmt::Debug for RuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RuleCode({})", self.0.code)
    }
}

impl fmt::Display for RuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl Serialize for RuleCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
