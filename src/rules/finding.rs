//! Findings and reports: how a valid record breaks a service rule.
//!
//! A [`Report`] is a flat list of every [`Finding`], never stopping at the first. Each
//! finding has a stable [`RuleCode`], a [`Severity`], a [`JsonPointer`] to the offending
//! part of the input document, typed parameters, and a message rendered from the code in
//! Finnish, Swedish or English. Messages and reports carry ids and redacted forms only,
//! never a personal identity code or a name.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::document::SchemaVersion;
use crate::i18n::{Lang, LocalizedText, Vocabulary, vocabulary};
use crate::rules::catalogue::RuleCode;
use crate::rules::pointer::JsonPointer;

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The record breaks a rule of the law or of the service model.
    Error,
    /// The record departs from guidance or looks wrong; a person should look.
    Warning,
    /// Worth knowing; nothing is wrong.
    Info,
}

vocabulary!(Severity {
    Error => ["virhe", "fel", "error"],
    Warning => ["varoitus", "varning", "warning"],
    Info => ["huomio", "upplysning", "info"],
});

/// A typed parameter of a finding: an integer, a date, a short text, or a term of one of
/// the crate's vocabularies.
///
/// Serialized as a bare JSON integer or string (a string in `YYYY-MM-DD` form reads back
/// as a date), or for a term `{"vocabulary": "EventKind", "value": "group_session"}`, which
/// messages render as the term's label in the message's language.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ParamValue {
    /// A count, an age, a number of hours or minutes, …
    Integer(i64),
    /// A calendar date.
    Date(NaiveDate),
    /// A short text: a code, an ISO week (`2024-W05`), a month (`2024-05`), …
    Text(String),
    /// A value of a vocabulary (see [`crate::i18n::Vocabulary`]).
    Term {
        /// The vocabulary's name, e.g. `EventKind`.
        vocabulary: String,
        /// The value as serialized, e.g. `group_session`.
        value: String,
    },
}

impl ParamValue {
    /// A term of vocabulary `T`: rendered as its label in each language.
    pub fn term<T: Vocabulary + Serialize>(value: T) -> Self {
        ParamValue::Term {
            vocabulary: T::NAME.to_owned(),
            value: serde_json::to_value(value)
                .ok()
                .and_then(|json| json.as_str().map(str::to_owned))
                .unwrap_or_default(),
        }
    }
}

impl ParamValue {
    fn render(&self, lang: Lang, out: &mut String) {
        use std::fmt::Write;
        // Writing to a String cannot fail.
        let _ = match (self, lang) {
            (ParamValue::Integer(n), _) => write!(out, "{n}"),
            (ParamValue::Date(date), Lang::En) => write!(out, "{}", date.format("%Y-%m-%d")),
            (ParamValue::Date(date), Lang::Fi | Lang::Sv) => {
                write!(out, "{}", date.format("%-d.%-m.%Y"))
            }
            (ParamValue::Text(text), _) => write!(out, "{text}"),
            (ParamValue::Term { vocabulary, value }, lang) => {
                match crate::i18n::label_for(vocabulary, value) {
                    Some(labels) => out.write_str(labels.get(lang)),
                    None => write!(out, "{value}"),
                }
            }
        };
    }
}

impl From<i64> for ParamValue {
    fn from(n: i64) -> Self {
        ParamValue::Integer(n)
    }
}

impl From<u32> for ParamValue {
    fn from(n: u32) -> Self {
        ParamValue::Integer(i64::from(n))
    }
}

impl From<usize> for ParamValue {
    fn from(n: usize) -> Self {
        ParamValue::Integer(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<NaiveDate> for ParamValue {
    fn from(date: NaiveDate) -> Self {
        ParamValue::Date(date)
    }
}

impl From<&str> for ParamValue {
    fn from(text: &str) -> Self {
        ParamValue::Text(text.to_owned())
    }
}

impl From<String> for ParamValue {
    fn from(text: String) -> Self {
        ParamValue::Text(text)
    }
}

/// One way a record breaks a rule.
///
/// Serialized with its message in every language, so a frontend need not render it:
/// `{"code": "client.birth_date_mismatch", "severity": "error", "path": "/birth_date",
/// "params": {...}, "message": {"fi": "...", "sv": "...", "en": "..."}}`. The message is
/// derived from the code and the parameters; on deserialization it is ignored and rendered
/// again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    code: RuleCode,
    severity: Severity,
    path: JsonPointer,
    params: BTreeMap<String, ParamValue>,
}

impl Finding {
    /// A finding of rule `code` at `path`, with the rule's default severity.
    pub fn new(code: RuleCode, path: JsonPointer) -> Self {
        Finding {
            code,
            severity: code.info().default_severity,
            path,
            params: BTreeMap::new(),
        }
    }

    /// This finding with a parameter added (or replaced).
    #[must_use]
    pub fn param(mut self, name: &str, value: impl Into<ParamValue>) -> Self {
        self.params.insert(name.to_owned(), value.into());
        self
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
    pub fn params(&self) -> &BTreeMap<String, ParamValue> {
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
fn render(template: &str, params: &BTreeMap<String, ParamValue>, lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match params.get(name) {
                    Some(value) => value.render(lang, &mut out),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
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

/// The serialized form of a [`Finding`].
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Finding")]
/// One way a record breaks a rule.
struct FindingJson {
    /// Stable code of the rule broken.
    code: RuleCode,
    /// How serious it is.
    severity: Severity,
    /// JSON Pointer (RFC 6901) into the validated document.
    path: JsonPointer,
    /// Typed parameters of the message.
    #[serde(default)]
    params: BTreeMap<String, ParamValue>,
    /// The message in Finnish, Swedish and English (rendered from code and params).
    message: LocalizedText,
}

impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        FindingJson {
            code: self.code,
            severity: self.severity,
            path: self.path.clone(),
            params: self.params.clone(),
            message: LocalizedText {
                fi: self.message(Lang::Fi),
                sv: self.message(Lang::Sv),
                en: self.message(Lang::En),
            },
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Finding {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let json = FindingJson::deserialize(deserializer)?;
        Ok(Finding {
            code: json.code,
            severity: json.severity,
            path: json.path,
            params: json.params,
        })
    }
}

impl JsonSchema for Finding {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        FindingJson::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        FindingJson::json_schema(generator)
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

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Finding;
    type IntoIter = std::slice::Iter<'a, Finding>;

    fn into_iter(self) -> Self::IntoIter {
        self.findings.iter()
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
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("test date")
    }

    #[test]
    fn renders_placeholders_per_language() {
        let params: BTreeMap<String, ParamValue> = [
            ("date".to_owned(), ParamValue::from(date(2024, 2, 1))),
            ("n".to_owned(), ParamValue::from(3u32)),
        ]
        .into_iter()
        .collect();
        assert_eq!(
            render("on {date}: {n} {x}", &params, Lang::Fi),
            "on 1.2.2024: 3 {x}"
        );
        assert_eq!(render("on {date}", &params, Lang::En), "on 2024-02-01");
        assert_eq!(render("open { brace", &params, Lang::En), "open { brace");
    }

    #[test]
    fn params_read_back_typed() {
        let values: Vec<ParamValue> =
            serde_json::from_str(r#"[3, "2024-02-01", "2024-W05"]"#).expect("params");
        assert_eq!(
            values,
            vec![
                ParamValue::Integer(3),
                ParamValue::Date(date(2024, 2, 1)),
                ParamValue::Text("2024-W05".into())
            ]
        );
    }
}
