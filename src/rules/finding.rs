//! Findings and reports: how a valid record breaks a service rule.
//!
//! A [`Report`] is a flat list of every [`Finding`], never stopping at the first. Each
//! finding has a stable [`RuleCode`], a [`Severity`], a [`JsonPointer`] to the offending
//! part of the input document, typed parameters, and a message rendered from the code in
//! Finnish, Swedish or English. Messages and reports carry ids and redacted forms only,
//! never a personal identity code or a name.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::format::SchemaVersion;
use crate::i18n::{Lang, Vocabulary};
use crate::rules::code::RuleCode;
pub(crate) use crate::rules::param::ParamValue;
use crate::rules::params::Params;
use crate::rules::pointer::JsonPointer;

mod json;
mod write;
pub(crate) use crate::rules::severity::Severity;
pub(crate) use json::FindingJson;

/// One way a record breaks a rule.
///
/// Serialized with its message in every language, so a frontend need not render it:
/// `{"code": "client.birth_date_mismatch", "severity": "error", "path": "/birth_date",
/// "params": {...}, "message": {"fi": "...", "sv": "...", "en": "..."}}`. The message is
/// derived from the code and the parameters; on deserialization it is ignored and rendered
/// again.
///
/// ```
/// use tyokyky::{Lang, RuleCode, Severity};
/// use tyokyky::document::Document;
///
/// // A document that cannot be read gets a finding like any rule.
/// let error = Document::from_json(r#"{"document": "client", "schema_version": 1}"#)
///     .expect_err("no id");
/// let finding = &error.findings()[0];
/// assert_eq!(finding.code(), RuleCode::DOCUMENT_MISSING_FIELD);
/// assert_eq!(finding.severity(), Severity::Error);
/// assert_eq!(finding.path().as_str(), "");
/// assert!(finding.message(Lang::En).starts_with("The required field"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    code: RuleCode,
    severity: Severity,
    path: JsonPointer,
    params: Params,
}

impl Finding {
    /// A finding of rule `code` at `path`, with the rule's default severity, for tests
    /// (the rules fill in their typed parameters through their declarations).
    #[cfg(test)]
    pub(crate) fn new(code: RuleCode, path: JsonPointer) -> Self {
        Finding {
            code,
            severity: code.info().default_severity,
            path,
            params: Params::new(),
        }
    }

    /// This finding with a parameter added (or replaced), for tests.
    #[cfg(test)]
    #[must_use]
    pub(crate) fn param(
        mut self,
        name: impl Into<std::borrow::Cow<'static, str>>,
        value: impl Into<ParamValue>,
    ) -> Self {
        self.params.insert(name.into(), value.into());
        self
    }

    /// A finding of rule `code` at `path` with its typed parameters (see the rules'
    /// declarations).
    pub(crate) fn with_params(code: RuleCode, path: JsonPointer, params: Params) -> Self {
        Finding {
            code,
            severity: code.info().default_severity,
            path,
            params,
        }
    }

    /// Sets the severity in place (a model's override).
    pub(crate) fn set_severity(&mut self, severity: Severity) {
        self.severity = severity;
    }

    /// This finding with another severity.
    #[must_use]
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// This finding with its path placed under `base` (for a record inside a larger
    /// document).
    #[must_use]
    pub fn under(mut self, base: &JsonPointer) -> Self {
        self.path = self.path.under(base);
        self
    }

    /// The rule broken.
    pub fn code(&self) -> RuleCode {
        self.code
    }

    /// How serious it is.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// Where in the input document.
    pub fn path(&self) -> &JsonPointer {
        &self.path
    }

    /// The typed parameters, by name.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// One parameter.
    pub fn get(&self, name: &str) -> Option<&ParamValue> {
        self.params.get(name)
    }

    /// The message in `lang`, rendered from the rule's template and the parameters.
    pub fn message(&self, lang: Lang) -> String {
        render(self.code.info().message.get(lang), &self.params, lang)
    }
}

/// Fills `{name}` placeholders from `params`; an unknown name stays as written.
pub(crate) fn render(template: &str, params: &Params, lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    fill(template, params, lang, &mut out);
    // A message is a sentence: one that opens with a parameter ("ryhmätapaaminen kesti …")
    // still starts with a capital.
    if let Some(first) = out.chars().next()
        && first.is_lowercase()
    {
        let upper: String = first.to_uppercase().collect();
        out.replace_range(..first.len_utf8(), &upper);
    }
    out
}

/// `template` with its placeholders filled from `params`, written into `out` (a `String`,
/// or the report writer's escaping writer), without the capital [`render`] gives.
pub(crate) fn fill<W: fmt::Write>(template: &str, params: &Params, lang: Lang, out: &mut W) {
    crate::template::fill(template, out, |name, out| match params.get(name) {
        Some(value) => {
            value.render(lang, out);
            true
        }
        None => false,
    });
}

impl fmt::Display for Finding {
    /// `error client.birth_date_mismatch at /birth_date: <English message>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.as_str().is_empty() {
            "/"
        } else {
            self.path.as_str()
        };
        write!(
            f,
            "{} {} at {}: {}",
            self.severity.label(Lang::En),
            self.code,
            path,
            self.message(Lang::En)
        )
    }
}

/// Every finding of one validation, in the order the rules found them.
///
/// Rules run area by area; within a rule, findings follow the order of the document.
///
/// ```
/// use tyokyky::{Report, Severity};
///
/// let report = Report::new();
/// assert!(report.is_clean());
/// assert_eq!(report.count(Severity::Error), 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Version of the JSON format; always 1.
    schema_version: SchemaVersion,
    /// Every finding.
    findings: Vec<Finding>,
}

impl Report {
    /// An empty report.
    pub fn new() -> Self {
        Report::default()
    }

    /// Adds a finding.
    pub fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// The findings from index `start` on, to adjust in place.
    pub(crate) fn findings_from_mut(&mut self, start: usize) -> &mut [Finding] {
        let start = start.min(self.findings.len());
        &mut self.findings[start..]
    }

    /// Adds every finding of `other`.
    pub fn extend(&mut self, other: Report) {
        self.findings.extend(other.findings);
    }

    /// Every finding, in order.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Iterates over the findings.
    pub fn iter(&self) -> std::slice::Iter<'_, Finding> {
        self.findings.iter()
    }

    /// Number of findings.
    pub fn len(&self) -> usize {
        self.findings.len()
    }

    /// Whether there are no findings at all.
    pub fn is_empty(&self) -> bool {
        self.findings.is_empty()
    }

    /// Whether there are no findings of severity error or warning.
    pub fn is_clean(&self) -> bool {
        self.findings
            .iter()
            .all(|finding| finding.severity == Severity::Info)
    }

    /// Whether any finding has severity error.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// Number of findings of `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|finding| finding.severity == severity)
            .count()
    }

    /// The findings of rule `code`.
    pub fn with_code(&self, code: RuleCode) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(move |finding| finding.code == code)
    }

    /// Places every path under `base`.
    #[must_use]
    pub fn under(self, base: &JsonPointer) -> Self {
        Report {
            schema_version: self.schema_version,
            findings: self
                .findings
                .into_iter()
                .map(|finding| finding.under(base))
                .collect(),
        }
    }

    /// A view of the report that serializes each finding's message in `lang` only: the
    /// form to send to a frontend that shows one language.
    ///
    /// ```
    /// use tyokyky::{Lang, Report};
    ///
    /// let json = serde_json::to_string(&Report::new().in_language(Lang::Sv))?;
    /// assert_eq!(json, r#"{"schema_version":1,"findings":[]}"#);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn in_language(&self, lang: Lang) -> ReportIn<'_> {
        ReportIn { report: self, lang }
    }

    /// The report as text in `lang`, one finding a line:
    /// `virhe  /birth_date  client.birth_date_mismatch  <message>`.
    pub fn to_text(&self, lang: Lang) -> String {
        let mut out = String::new();
        for finding in &self.findings {
            let path = if finding.path.as_str().is_empty() {
                "/"
            } else {
                finding.path.as_str()
            };
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\n",
                finding.severity.label(lang),
                path,
                finding.code,
                finding.message(lang)
            ));
        }
        out
    }
}

/// A [`Report`] that serializes its messages in one language; see
/// [`Report::in_language`].
#[derive(Debug, Clone, Copy)]
pub struct ReportIn<'a> {
    report: &'a Report,
    lang: Lang,
}

impl Serialize for ReportIn<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeSeq, SerializeStruct};
        struct Findings<'a>(&'a [Finding], Lang);
        impl Serialize for Findings<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
                for finding in self.0 {
                    seq.serialize_element(&finding.out(&[self.1]))?;
                }
                seq.end()
            }
        }
        let mut out = serializer.serialize_struct("Report", 2)?;
        out.serialize_field("schema_version", &self.report.schema_version)?;
        out.serialize_field("findings", &Findings(&self.report.findings, self.lang))?;
        out.end()
    }
}

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Finding;
    type IntoIter = std::slice::Iter<'a, Finding>;

    fn into_iter(self) -> Self::IntoIter {
        self.findings.iter()
    }
}

impl IntoIterator for Report {
    type Item = Finding;
    type IntoIter = std::vec::IntoIter<Finding>;

    fn into_iter(self) -> Self::IntoIter {
        self.findings.into_iter()
    }
}

impl Extend<Finding> for Report {
    fn extend<T: IntoIterator<Item = Finding>>(&mut self, iter: T) {
        self.findings.extend(iter);
    }
}

impl FromIterator<Finding> for Report {
    fn from_iter<T: IntoIterator<Item = Finding>>(iter: T) -> Self {
        Report {
            schema_version: SchemaVersion::CURRENT,
            findings: iter.into_iter().collect(),
        }
    }
}

#[cfg(test)]
#[path = "finding_tests.rs"]
mod tests;
