//! A client with their service paths, as one document: what a frontend sends to have every
//! rule checked, the rules that need the client's situation among them.
//!
//! A path alone cannot tell whether the client's own work excludes rehabilitative work
//! activity (189/2001 6 §) or whether the client is in the model's target group; a client
//! alone has no path. `{"document": "client_record", "client": {…}, "paths": [{…}]}`
//! carries both, and optionally the municipality's own model specs the paths follow.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::client::Client;
use crate::format::{DocumentTag, SchemaVersion, TaggedDocument};
use crate::rules::finding::Report;
use crate::rules::options::ValidationOptions;
use crate::rules::pointer::JsonPointer;
use crate::service::planner::due_list::DueList;
use crate::service::record::path::ServicePath;
use crate::service::spec::model_set::ServiceModels;
use crate::service::spec::model_spec::ServiceModelSpec;

/// A client with their service paths and, optionally, the model specs those paths follow
/// (`"document": "client_record"`).
///
/// Each part is a whole document of its own kind (`"document": "client"`, …), so a part
/// can be cut out and sent alone.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::document::{ClientRecord, Document};
/// use tyokyky::service::build::sample;
/// use tyokyky::{Client, ClientId, LabourMarketStatus, OwnActivity, RuleCode, ValidationOptions};
///
/// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
/// let as_of = NaiveDate::from_ymd_opt(2024, 6, 1).ok_or("date")?;
/// let mut client = Client::new(ClientId::new("demo-7")?, LabourMarketStatus::UnemployedJobseeker);
/// client.own_activities.push(OwnActivity::work(NaiveDate::from_ymd_opt(2024, 3, 1).ok_or("date")?, 20));
/// let path = sample::rehabilitative_work_activity(client.id.clone(), start, as_of);
/// let record = ClientRecord::new(client, vec![path]);
///
/// let json = serde_json::to_vec(&record)?;
/// let read = Document::from_slice(&json)?;
/// let report = read.validate(&ValidationOptions::default(), as_of);
/// let excluded = report.with_code(RuleCode::PATH_CLIENT_ACTIVITY_EXCLUDES).next().ok_or("finding")?;
/// assert!(excluded.path().as_str().starts_with("/paths/0/enrolments/0"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ClientRecord {
    /// Always `"client_record"`.
    pub document: DocumentTag<ClientRecord>,
    /// Version of the JSON format; always 1.
    pub schema_version: SchemaVersion,
    /// The client.
    pub client: Client,
    /// The client's service paths (each names the client's id).
    #[serde(default)]
    pub paths: Vec<ServicePath>,
    /// Model specs the paths follow beside the defaults; a spec with a default model's id
    /// replaces it for this record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub models: Vec<ServiceModelSpec>,
}

impl TaggedDocument for ClientRecord {
    const KIND: crate::format::DocumentKind = crate::format::DocumentKind::ClientRecord;
}

impl ClientRecord {
    /// A record of `client` and `paths`, with no model specs of its own.
    pub fn new(client: Client, paths: Vec<ServicePath>) -> Self {
        ClientRecord {
            document: DocumentTag::CURRENT,
            schema_version: SchemaVersion::CURRENT,
            client,
            paths,
            models: Vec::new(),
        }
    }

    /// `models` with the record's own specs put in (each was checked when the record was
    /// read, so none is refused here; one that is would be left out).
    pub fn models_with(&self, models: &ServiceModels) -> ServiceModels {
        let mut all = models.clone();
        for spec in &self.models {
            // A spec that fails its check was refused when the record was read.
            let _ = all.insert(spec.clone());
        }
        all
    }

    /// `with` called with `options` whose models hold the record's own specs beside
    /// theirs; with `options` as they are when the record has none (the models are then
    /// not copied).
    pub(crate) fn with_own_models<R>(
        &self,
        options: &ValidationOptions<'_>,
        with: impl FnOnce(&ValidationOptions<'_>) -> R,
    ) -> R {
        if self.models.is_empty() {
            return with(options);
        }
        let models = self.models_with(options.models);
        with(&ValidationOptions {
            models: &models,
            ..*options
        })
    }

    /// Checks the client, and each path together with the client, as of `as_of`:
    /// findings point into the record (`/client/…`, `/paths/1/enrolments/0/…`).
    pub fn validate(&self, options: &ValidationOptions<'_>, as_of: NaiveDate) -> Report {
        self.with_own_models(options, |options| self.checked(options, as_of))
    }

    /// [`ClientRecord::validate`] with the record's own specs already among `options`'.
    fn checked(&self, options: &ValidationOptions<'_>, as_of: NaiveDate) -> Report {
        let root = JsonPointer::root();
        let mut report = self
            .client
            .validate_with(options, as_of)
            .under(&root.clone().field("client"));
        for (index, path) in self.paths.iter().enumerate() {
            let base = root.clone().field("paths").index(index);
            report.extend(path.validate_for(&self.client, options, as_of).under(&base));
        }
        report
    }

    /// What is due on each path as of `as_of`, in one list by due date: each path planned
    /// as [`ServicePath::due_with`] plans it, with the record's own model specs beside
    /// `options`' models, each item pointing into the record (`/paths/1/enrolments/0`).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tyokyky::document::ClientRecord;
    /// use tyokyky::service::build::sample;
    /// use tyokyky::{Client, ClientId, LabourMarketStatus, ValidationOptions};
    ///
    /// let start = NaiveDate::from_ymd_opt(2024, 1, 8).ok_or("date")?;
    /// let as_of = NaiveDate::from_ymd_opt(2024, 2, 20).ok_or("date")?;
    /// let client = Client::new(ClientId::new("demo-7")?, LabourMarketStatus::UnemployedJobseeker);
    /// let paths = vec![
    ///     sample::wellbeing_group(client.id.clone(), start, as_of),
    ///     sample::mapping_and_coaching(client.id.clone(), start, as_of),
    /// ];
    /// let record = ClientRecord::new(client, paths);
    /// let due = record.due_with(&ValidationOptions::default(), as_of);
    /// let second = record.paths[1].due(as_of);
    /// assert!(!second.items.is_empty());
    /// assert!(due.items.iter().any(|item| item.path.as_str().starts_with("/paths/1/")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn due_with(&self, options: &ValidationOptions<'_>, as_of: NaiveDate) -> DueList {
        self.with_own_models(options, |options| self.planned(options, as_of))
    }

    /// [`ClientRecord::due_with`] with the record's own specs already among `options`'.
    fn planned(&self, options: &ValidationOptions<'_>, as_of: NaiveDate) -> DueList {
        let root = JsonPointer::root();
        let mut items = Vec::new();
        for (index, path) in self.paths.iter().enumerate() {
            let base = root.clone().field("paths").index(index);
            items.extend(
                path.due_with(options, as_of)
                    .items
                    .into_iter()
                    .map(|mut item| {
                        item.path = item.path.under(&base);
                        item
                    }),
            );
        }
        // Each path's list is already within the planner's horizon; one order for all.
        items.sort_by(|a, b| (a.due, &a.path).cmp(&(b.due, &b.path)));
        DueList {
            schema_version: crate::format::SchemaVersion::CURRENT,
            as_of,
            items,
        }
    }
}
