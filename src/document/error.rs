//! A document that cannot be read, as an error carrying its `document.*` findings.

use std::fmt;

use crate::i18n::Lang;
use crate::rules::finding::{Finding, Report};

/// A document that cannot be read: one or more `document.*` findings.
///
/// Its `Display` is the first finding's message in English with its pointer; use
/// [`DocumentError::report`] for every finding in any language.
///
/// ```
/// use tyokyky::{Document, Lang};
///
/// let error = Document::from_json(r#"{"document": "client", "schema_version": 1, "id": 5}"#).unwrap_err();
/// assert_eq!(error.findings()[0].code().as_str(), "document.invalid_value");
/// assert_eq!(error.findings()[0].path().as_str(), "/id");
/// assert!(!error.message(Lang::Sv).is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentError {
    pub(super) report: Report,
}

impl DocumentError {
    pub(super) fn one(finding: Finding) -> Self {
        DocumentError {
            report: std::iter::once(finding).collect(),
        }
    }

    /// The findings, at least one.
    pub fn findings(&self) -> &[Finding] {
        self.report.findings()
    }

    /// The findings as a report.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The findings as a report, to return or merge.
    pub fn into_report(self) -> Report {
        self.report
    }

    /// The first finding's message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.findings()
            .first()
            .map(|finding| finding.message(lang))
            .unwrap_or_default()
    }
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(first) = self.findings().first() else {
            return f.write_str("unreadable document");
        };
        write!(f, "{} at \"{}\"", first.message(Lang::En), first.path())?;
        match self.findings().len() {
            0 | 1 => Ok(()),
            n => write!(f, " (and {} more)", n - 1),
        }
    }
}

impl std::error::Error for DocumentError {}

/// A failed typed parse: its one finding.
pub(super) struct TypedError(pub(super) Box<Finding>);

impl From<TypedError> for DocumentError {
    fn from(error: TypedError) -> Self {
        DocumentError::one(*error.0)
    }
}
