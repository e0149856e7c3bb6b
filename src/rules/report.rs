//! How much a report may hold: a document of any size gets a report that grows with the
//! document, not without bound.

use crate::rules::declare::rules;
use crate::rules::finding::ParamValue;
use serde::{Deserialize, Serialize};

rules! {
    /// More findings of one rule than the limit: the first are reported, and this one
    /// says how many were left out.
    REPORT_TRUNCATED => Truncated {
        code: "report.truncated",
        severity: Info because "advice: the report is cut, not the record wrong",
        source: "limit of this crate: ValidationLimits::max_findings_per_rule",
        parameter: Some("ValidationLimits.max_findings_per_rule"),
        params: { rule: ParamValue, left_out: usize, max: usize },
        title: ["Raportti katkaistu", "Rapporten avkortad", "Report truncated"],
        message: [
            "Säännön {rule} havaintoja on enemmän kuin {max}; {left_out} jätettiin pois.",
            "Regeln {rule} har fler än {max} anmärkningar; {left_out} utelämnades.",
            "Rule {rule} has more than {max} findings; {left_out} were left out.",
        ],
    }
}

/// Limits on what one validation reports.
///
/// ```
/// use tyokyky::rules::report::ValidationLimits;
///
/// assert_eq!(ValidationLimits::default().max_findings_per_rule, 100);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct ValidationLimits {
    /// The most findings of one rule in one report; past it one `report.truncated`
    /// finding says how many were left out. Default 100 (*derived*: a screenful per rule;
    /// a path with more findings of one rule needs a person, not a longer list).
    pub max_findings_per_rule: usize,
    /// The largest JSON document [`validate_json`](crate::document::validate_json) and
    /// [`Document::from_slice_with`](crate::document::Document::from_slice_with) read, in
    /// bytes; a larger one gets one `document.too_large` finding before any parsing.
    /// Default 16 MiB (*derived*: ten years of weekly events with notes is under 1 MB; the
    /// limit leaves room for a path with many enrolments and bounds what one request can
    /// make the parser allocate).
    pub max_document_bytes: usize,
}

impl Default for ValidationLimits {
    fn default() -> Self {
        ValidationLimits {
            max_findings_per_rule: 100,
            max_document_bytes: 16 * 1024 * 1024,
        }
    }
}

impl ValidationLimits {
    /// Limits with `max` findings per rule.
    pub fn with_max_findings_per_rule(max: usize) -> Self {
        ValidationLimits {
            max_findings_per_rule: max,
            ..ValidationLimits::default()
        }
    }

    /// These limits with documents of at most `max` bytes.
    #[must_use]
    pub fn with_max_document_bytes(self, max: usize) -> Self {
        ValidationLimits {
            max_document_bytes: max,
            ..self
        }
    }
}
