//! How much a report may hold: a document of any size gets a report that grows with the
//! document, not without bound.

use crate::rules::declare::RuleParams;
use crate::rules::declare::rules;
use crate::rules::finding::{ParamValue, Report};
use crate::rules::pointer::JsonPointer;
use crate::service::record::path::ServicePath;
use serde::{Deserialize, Serialize};

rules! {
    /// More findings of one rule than the limit: the first are reported, and this one
    /// says how many were left out.
    REPORT_TRUNCATED => Truncated {
        code: "report.truncated",
        severity: Info because "advice: the report is cut, not the record wrong",
        source: "limit of this crate: ValidationLimits::max_findings_per_rule",
        parameters: [MAX_FINDINGS_PER_RULE],
        params: { rule: ParamValue, left_out: usize, max: usize },
        title: ["Raportti katkaistu", "Rapporten avkortad", "Report truncated"],
        message: [
            "Säännön {rule} havaintoja on enemmän kuin {max}; {left_out} jätettiin pois.",
            "Regeln {rule} har fler än {max} anmärkningar; {left_out} utelämnades.",
            "Rule {rule} has more than {max} findings; {left_out} were left out.",
        ],
    }

    /// A path with more of something (enrolments, events in one enrolment, phase
    /// records, coordinators, team members) than the limits allow: it is not checked,
    /// so that no document can make a validation run long.
    REPORT_OVER_LIMIT => OverLimit {
        code: "report.over_limit",
        severity: Error because "structural: the document was refused before any rule was checked",
        source: "limit of this crate: ValidationLimits",
        parameters: [VALIDATION_LIMITS],
        params: { what: ParamValue, count: usize, max: usize },
        title: ["Raja ylittyi", "Gränsen överskriden", "Over a limit"],
        message: [
            "Kohteita {what} on {count}, enintään {max} sallitaan; polkua ei tarkistettu.",
            "{what}: {count} stycken, högst {max} tillåts; servicestigen kontrollerades inte.",
            "{what}: {count}, at most {max} allowed; the path was not checked.",
        ],
    }
}

/// Limits on what one validation reads and reports.
///
/// A path over a count limit is not checked: it gets one `report.over_limit` finding per
/// limit it passes, so no document can make a validation run long. A document over
/// `max_document_bytes` is refused before parsing (`document.too_large`).
///
/// ```
/// use tyokyky::rules::ValidationLimits;
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
    /// The most enrolments in one path. Default 1 000 (*derived*: a client takes part in a
    /// handful of services over years; a thousand is far past any real path).
    pub max_enrolments: usize,
    /// The most events in one enrolment. Default 100 000 (*derived*: ten years of daily
    /// events is under 4 000).
    pub max_events_per_enrolment: usize,
    /// The most phase records in one enrolment. Default 1 000 (*derived*).
    pub max_phase_records: usize,
    /// The most coordinator assignments and the most team members in one path, each.
    /// Default 1 000 (*derived*).
    pub max_people: usize,
    /// The most calendar periods (the weeks or months of each cadence of each phase
    /// record) the obligations of one path may span. Default 100 000 (*derived*: a
    /// working life of weekly contacts is far under it; a path past it — phase records
    /// copied over centuries — is refused with one `report.over_limit` finding, so the
    /// work of a check grows with the document, not with the calendar).
    pub max_obligation_periods: usize,
}

impl Default for ValidationLimits {
    /// The derived defaults of [`crate::figure::defaults`], each with its reason.
    fn default() -> Self {
        use crate::figure::defaults;
        let size = |figure: &crate::figure::Figure<u32>| {
            usize::try_from(figure.value()).unwrap_or(usize::MAX)
        };
        ValidationLimits {
            max_findings_per_rule: size(&defaults::MAX_FINDINGS_PER_RULE),
            max_document_bytes: size(&defaults::MAX_DOCUMENT_BYTES),
            max_enrolments: size(&defaults::MAX_ENROLMENTS),
            max_events_per_enrolment: size(&defaults::MAX_EVENTS_PER_ENROLMENT),
            max_phase_records: size(&defaults::MAX_PHASE_RECORDS),
            max_people: size(&defaults::MAX_PEOPLE),
            max_obligation_periods: size(&defaults::MAX_OBLIGATION_PERIODS),
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

    /// These limits with at most `max` events in one enrolment.
    #[must_use]
    pub fn with_max_events_per_enrolment(self, max: usize) -> Self {
        ValidationLimits {
            max_events_per_enrolment: max,
            ..self
        }
    }

    /// These limits with at most `max` obligation periods in one path.
    #[must_use]
    pub fn with_max_obligation_periods(self, max: usize) -> Self {
        ValidationLimits {
            max_obligation_periods: max,
            ..self
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

impl ValidationLimits {
    /// The `report.over_limit` findings of `path`: empty when every count is within its
    /// limit. Counting is O(enrolments).
    pub(crate) fn over_limits(&self, path: &ServicePath) -> Report {
        let root = JsonPointer::root;
        let mut report = Report::new();
        // The pointer is built only for a count over its limit: a path within them
        // allocates nothing here.
        let mut check = |what: &str, count: usize, max: usize, at: &dyn Fn() -> JsonPointer| {
            if count > max {
                report.push(
                    OverLimit {
                        what: ParamValue::key(what),
                        count,
                        max,
                    }
                    .at(at()),
                );
            }
        };
        check(
            "enrolments",
            path.enrolments.len(),
            self.max_enrolments,
            &|| root().field("enrolments"),
        );
        check(
            "coordinators",
            path.coordinators.len(),
            self.max_people,
            &|| root().field("coordinators"),
        );
        check("team", path.team.len(), self.max_people, &|| {
            root().field("team")
        });
        for (index, enrolment) in path.enrolments.iter().enumerate().take(self.max_enrolments) {
            let at = || root().field("enrolments").index(index);
            check(
                "events",
                enrolment.events.len(),
                self.max_events_per_enrolment,
                &|| at().field("events"),
            );
            check(
                "phases",
                enrolment.phases.len(),
                self.max_phase_records,
                &|| at().field("phases"),
            );
        }
        report
    }
}
