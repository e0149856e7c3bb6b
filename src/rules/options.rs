//! What a validation and the planner read besides the record and the day, in one value.

use crate::rules::client::client_rules::ClientRules;
use crate::rules::report::ValidationLimits;
use crate::service::planner::config::PlannerConfig;
use crate::service::spec::model_set::ServiceModels;

/// Everything a validation or the planner reads besides the record and the day: the
/// service models a path is judged against, the limits of a document, the configurable
/// part of the client rules and the planner's settings. One value for every entry point
/// ([`ServicePath::validate_with`](crate::ServicePath::validate_with),
/// [`Client::validate_with`](crate::Client::validate_with),
/// [`read_and_validate`](crate::read_and_validate), …); [`Default`] is the crate's
/// defaults, models included, built once for the whole program.
///
/// The fields are public to read and to set; the struct is `#[non_exhaustive]` so that a
/// setting can be added without a breaking change: start from [`Default`] or
/// [`ValidationOptions::new`] and change what differs.
///
/// ```
/// use chrono::NaiveDate;
/// use tyokyky::{ServiceModels, ValidationLimits, ValidationOptions, validate_json};
///
/// let as_of = NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("date")?;
/// let json = br#"{"document": "service_path", "schema_version": 1, "client": "demo-1", "enrolments": []}"#;
/// // The defaults.
/// assert!(validate_json(json, &ValidationOptions::default(), as_of).is_empty());
/// // A municipality's own models, and at most ten findings of a rule.
/// let models = ServiceModels::defaults();
/// let mut limits = ValidationLimits::default();
/// limits.max_findings_per_rule = 10;
/// let options = ValidationOptions::new(&models).with_limits(limits);
/// assert!(validate_json(json, &options, as_of).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct ValidationOptions<'m> {
    /// The service models paths are judged against (default: the crate's defaults,
    /// [`ServiceModels::defaults`]).
    pub models: &'m ServiceModels,
    /// The limits of a document and of a report.
    pub limits: ValidationLimits,
    /// The configurable part of the client rules (the working-age range).
    pub client_rules: ClientRules,
    /// The planner's settings (its horizon).
    pub planner: PlannerConfig,
}

impl<'m> ValidationOptions<'m> {
    /// The defaults with `models` in place of the crate's default models.
    pub fn new(models: &'m ServiceModels) -> Self {
        ValidationOptions {
            models,
            limits: ValidationLimits::default(),
            client_rules: ClientRules::default(),
            planner: PlannerConfig::default(),
        }
    }

    /// These options with `limits`.
    #[must_use]
    pub fn with_limits(self, limits: ValidationLimits) -> Self {
        ValidationOptions { limits, ..self }
    }

    /// These options with `client_rules`.
    #[must_use]
    pub fn with_client_rules(self, client_rules: ClientRules) -> Self {
        ValidationOptions {
            client_rules,
            ..self
        }
    }

    /// These options with the planner's `planner` settings.
    #[must_use]
    pub fn with_planner(self, planner: PlannerConfig) -> Self {
        ValidationOptions { planner, ..self }
    }
}

impl Default for ValidationOptions<'static> {
    /// The crate's defaults: the default models (built once and shared), limits, client
    /// rules and planner settings.
    fn default() -> Self {
        ValidationOptions::new(ServiceModels::shared_defaults())
    }
}
