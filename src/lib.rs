//! # tyokyky
//!
//! Domain types, validation and scoring for Finnish work-ability services for people who
//! are partially able to work (*osatyökykyiset*).
//!
//! ## The headline workflow: JSON in, findings and a due list out
//!
//! A case-management system sends a client's service path as JSON; the crate says what in
//! it departs from the law and the service model (**findings**, each with a stable code, a
//! severity, a JSON Pointer and a message in Finnish, Swedish and English) and what the
//! coordinator should do next (the **due list**).
//!
//! ```
//! use chrono::NaiveDate;
//! use tyokyky::document::{Document, validate_json};
//! use tyokyky::{Lang, Severity, ValidationOptions, Vocabulary};
//!
//! let json = br#"{"document": "service_path", "schema_version": 1, "client": "demo-1",
//!   "enrolments": [{"model": "wellbeing_group", "start": "2024-01-08",
//!                   "phases": [{"phase": "group", "start": "2024-01-08"}]}]}"#;
//! let as_of = NaiveDate::from_ymd_opt(2024, 2, 1).ok_or("date")?;
//! // The models, limits and settings a validation reads: here the crate's defaults.
//! let options = ValidationOptions::default();
//!
//! // 1. Findings. The wellbeing group measures UKK, GAS and WAS at the start; three weeks
//! //    in, none is recorded: three warnings (a departure from the model's practice, not
//! //    a breach of law, so not errors).
//! let report = validate_json(json, &options, as_of);
//! assert_eq!(report.count(Severity::Warning), 3);
//! for finding in &report {
//!     println!("{} {}: {}", finding.severity().label(Lang::Fi), finding.path(), finding.message(Lang::Fi));
//! }
//! // The same report as the JSON a frontend renders, messages in one language.
//! let _ = serde_json::to_string(&report.in_language(Lang::Sv))?;
//!
//! // 2. The due list: what the coordinator does next, overdue first.
//! if let Document::ServicePath(path) = Document::from_slice(json)? {
//!     for item in &path.due(as_of).items {
//!         println!("{} {}", item.due, item.message(Lang::Fi));
//!     }
//! }
//!
//! // 3. Scoring an instrument: a Work Ability Score of 7 is "moderate" (bands 0–5, 6–7, 8–10).
//! let was: tyokyky::instrument::InstrumentResult = serde_json::from_str(r#"{"type": "was", "score": 7}"#)?;
//! assert_eq!(serde_json::to_value(was.score())?["band"], "moderate");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A client record is validated the same way (`"document": "client"`):
//!
//! ```
//! use chrono::NaiveDate;
//! use tyokyky::{Client, ClientId, LabourMarketStatus, RuleCode, UnemploymentSpell};
//!
//! let as_of = NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("date")?;
//! let mut client = Client::new(ClientId::new("demo-17")?, LabourMarketStatus::UnemployedJobseeker);
//! client.unemployment_spells.push(UnemploymentSpell::open(
//!     NaiveDate::from_ymd_opt(2022, 11, 1).ok_or("date")?,
//! ));
//! assert!(client.unemployment_on(as_of).ok_or("not unemployed")?.is_long_term());
//! assert!(client.validate(as_of).is_clean());
//!
//! // A spell that starts after the date of validation is a finding, not a panic.
//! client.unemployment_spells.push(UnemploymentSpell::open(
//!     NaiveDate::from_ymd_opt(2024, 8, 1).ok_or("date")?,
//! ));
//! assert!(client.validate(as_of).with_code(RuleCode::CLIENT_SPELL_IN_FUTURE).next().is_some());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Cookbook
//!
//! - **In a service.** Call [`read_and_validate`] on the request body: it keeps the
//!   parsed [`Document`] beside the report, so the due list needs no second parse;
//!   [`unreadable`] tells a 400 from a 200. A [`ClientRecord`] (`"document":
//!   "client_record"`) carries a client with their paths, so the rules that need both run. Load a municipality's own model specs
//!   with [`Document::from_slice`] (`"document": "service_model"`) and
//!   [`ServiceModels::insert`]. Log with [`Client::redacted_json`], never the record
//!   itself. With feature `http`, `tyokyky::http::router` is all of this as an axum
//!   router, described by an OpenAPI document.
//! - **In a downstream test suite.** With feature `proptest`,
//!   `tyokyky::strategies::path_violating(code)` generates documents that break exactly
//!   one rule, for every [`RuleCode`], and `strategies::service_path()` clean ones: test
//!   that your system shows each finding, and that a clean path shows none.
//! - **Choosing a language.** Every message renders in [`Lang::Fi`], [`Lang::Sv`] and
//!   [`Lang::En`]; [`Report::in_language`] serializes one.
//! - **Citing the rules.** [`RuleCatalogue::current`] lists every rule with its severity,
//!   the reason for it, its citation and the ids of the sources it names;
//!   [`source::SOURCES`] lists the sources themselves, and [`RuleInfo::sources`] and
//!   [`ServiceModelSpec::sources`] give a rule's or a model's as typed
//!   [`source::Source`]s.
//!
//! ## Map of the crate
//!
//! | module | what it holds |
//! |---|---|
//! | [`hetu`] | [`PersonalIdentityCode`]: parse, check, redact |
//! | [`client`] | [`Client`], [`ClientId`], labour-market status, unemployment spells |
//! | [`ability`] | partial work ability: causes, assessment status, functional domains |
//! | [`figure`] | the law, the sources' practice and the derived defaults as dated, sourced figures ([`figure::Figure`]) read on the day judged |
//! | [`service`] | one module per concept: the records of a path ([`service::record`], [`ServicePath`]), service model specs as data ([`service::spec`], [`ServiceModelSpec`], the default models), the planner ([`service::planner`], [`ServicePath::due`]), path builders ([`service::build`]) and money ([`service::money`]) |
//! | [`rules`] | [`Report`], [`Finding`], [`RuleCode`], the [`RuleCatalogue`], JSON Pointers, the rules by area |
//! | [`instrument`] | WAS, WAI, UKK walk test, GAS, Kykyviisari, IPS-25: validated inputs, exact scores, change |
//! | [`work_activity`] | OsKu work activity: contents, models and profiles, recommendation, placements, quality criteria, deployment readiness |
//! | [`outcome`] | [`outcome::CohortReport`]: the outcome table of a cohort, from raw data |
//! | [`i18n`] | [`Lang`] and the fi/sv/en labels of every enum ([`Vocabulary`]) |
//! | [`schema`] | JSON Schemas of the top-level documents |
//! | [`document`] | JSON in, one report out: [`Document`], [`read_and_validate`], [`validate_json`], [`ClientRecord`], the `document.*` findings |
//! | [`format`](mod@format) | what every document starts with: [`DocumentKind`], [`SchemaVersion`] |
//! | [`situation`] | the client's benefit and own activities ([`OwnActivity`]) that decide what they may take part in |
//! | [`free_text`] | [`FreeText`]: a worker's short note, refused when it holds an identity code |
//! | [`hetu_scan`] | finding and redacting identity codes in any text, in every form a person types |
//! | [`source`] | the public sources every rule and model cites |
//! | [`registry`] | every vocabulary with its labels, as one export |
//! | [`unknown_name`] | [`UnknownName`], the error of parsing a name the crate does not know |
//! | `http` | an axum router over all of this, with its OpenAPI document (feature `http`) |
//! | `strategies` | proptest strategies (feature `proptest`) |
//!
//! ## Layers
//!
//! Imports go down these layers, never up and never round in a circle (`tests/layers.rs`
//! reads every `crate::…` path of the code and holds it so):
//!
//! 0. **Vocabulary** everything shares: [`format`](mod@format) (document tag and schema version),
//!    [`i18n`] (languages and labels), the figure type ([`figure::Figure`]), rule codes,
//!    severities, findings, parameters and JSON Pointers ([`rules::code`],
//!    [`Finding`], [`JsonPointer`]), periods and keys, dates and ids, [`hetu`].
//! 1. **Domain records**: [`client`], [`ability`], [`situation`], [`instrument`], the
//!    service records and specs ([`service::record`], [`service::spec`]), the dated figures of the law and the
//!    sources ([`figure::law`], [`figure::practice`], [`figure::defaults`]), what is due
//!    ([`DueKind`]), the OsKu models and placements.
//! 2. **Derivations**: obligations, the rules by area, the planner, attendance, the
//!    clean-path builder, the parameters and the spec checks, the default models,
//!    [`outcome`], OsKu quality and readiness.
//! 3. **Documents and entry points**: [`document`].
//! 4. **Registries and exports**: [`registry`] (every vocabulary with its labels),
//!    [`rules::catalogue`] (every rule), [`schema`], `http`, `strategies`.
//!
//! ## Principles
//!
//! - **Pure.** The crate reads no clock, files, network or environment: every "today" is
//!   an `as_of` argument. It never panics on any input and contains no `unsafe`.
//! - **Invalid values cannot exist.** Newtypes check their invariant on construction and
//!   on deserialization; the error names the part that is wrong and the accepted range.
//! - **Findings, not exceptions.** A valid record that breaks a service rule gets a
//!   [`Report`] listing every finding with a stable code, a severity, a JSON Pointer and a
//!   message in Finnish, Swedish and English.
//! - **Personal data stays out of output.** A personal identity code never appears in
//!   `Debug`, `Display`, an error or a report; only its redacted form does.
//! - **Sources cited.** Every rule and number names its public source (a source document
//!   by its title, a law by number and section, a paper) in its docs and in the rule
//!   catalogue.
//!
//! ## Types that can grow
//!
//! A public struct is one of three kinds, and its docs say which and why:
//!
//! - **Newtypes and values with an invariant** keep their fields private and are built
//!   by a checking constructor returning `Result` ([`ClientId::new`],
//!   [`PersonalIdentityCode`], the bounded scores of [`instrument`]).
//! - **Records, specs and everything the crate answers** are `#[non_exhaustive]`: a
//!   field can be added in a minor release. A record or spec you build has a
//!   constructor taking what it cannot do without (`Enrolment::new`,
//!   [`CoordinatorAssignment::new`], [`PartialWorkAbility::new`], …); set the optional
//!   fields after it. What the crate answers (reports, due items, scores, errors) you
//!   read and match with `..`.
//! - **Closed lists of the sources** stay exhaustive, so you can build and destructure
//!   them whole: the seven items of the WAI ([`instrument::wai::WaiAnswers`]), the five
//!   areas of Kykyviisari, the three languages of [`Labels`], the four OsKu models. A
//!   change to them is a new version of the instrument or the crate.
//!
//! Enums that will grow (events, errors, due kinds, document kinds) are
//! `#[non_exhaustive]`; vocabularies the sources close (WAS bands, WAI categories) are
//! not. The sentence that says which is rendered in these docs only, not in the JSON
//! Schemas, whose readers build no Rust values.
//!
//! ## JSON contract
//!
//! Field names and enum values are `snake_case`; tagged unions carry a `"type"` field;
//! unknown fields are rejected; input documents start with their kind and version,
//! `{"document": "service_path", "schema_version": 1, …}`, and output documents with
//! `"schema_version": 1`.
//! JSON Schemas (draft 2020-12) are committed under `schemas/`.
//!
//! ## Features
//!
//! - `http`: an axum router with validation, planning, scoring and the catalogues over
//!   HTTP, and its OpenAPI 3.1 document (`http::router`, `http::openapi`).
//! - `proptest`: `strategies` for downstream test suites: valid clients, paths and
//!   instrument results by construction, and `path_violating(code)` for every rule.

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

pub mod ability;
pub mod batch;
pub(crate) mod calendar;
pub mod client;
pub mod document;
pub mod figure;
pub mod format;
pub mod free_text;
pub mod hetu;
pub mod hetu_scan;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod http;
pub mod i18n;
#[macro_use]
pub mod instrument;
mod date_text;
mod lenient;
pub mod outcome;
pub mod registry;
pub mod rules;
pub mod schema;
pub mod service;
pub mod situation;
pub mod source;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategies;
mod tagged;
mod template;
mod text_id;
#[cfg(feature = "svg")]
#[cfg_attr(docsrs, doc(cfg(feature = "svg")))]
pub mod timeline;
pub mod unknown_name;
mod variant_name;
pub mod work_activity;

/// The README's examples, compiled and run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use ability::{
    AssessmentKind, AssessmentStatus, Cause, CauseGroup, FunctionalDomain, PartialWorkAbility,
    Permanence, ReducedCapacityBasis,
};
pub use client::{
    Client, ClientId, IdError, LabourMarketStatus, MunicipalityCode, MunicipalityCodeError,
    SpellError, UnemploymentDuration, UnemploymentSpell,
};
pub use document::{
    ClientRecord, Document, DocumentError, Validated, read_and_validate, unreadable, validate_json,
};
pub use format::{DocumentKind, SchemaVersion};
pub use free_text::{FreeText, FreeTextError};
pub use hetu::{IdentityCodeError, PersonalIdentityCode, RedactedIdentityCode};
pub use i18n::{Labels, Lang, LocalizedText, Vocabulary};
pub use rules::catalogue::{CatalogueEntry, RuleCatalogue};
pub use rules::client::ClientRules;
pub use rules::code::{RuleCode, RuleInfo};
pub use rules::{
    Finding, JsonPointer, ParamValue, Report, Severity, ValidationLimits, ValidationOptions,
};
pub use service::planner::{DueItem, DueKind, DueList, DueStatus, PlannerConfig};
pub use service::record::{
    AbsenceReason, Closure, ContactMode, CoordinatorAssignment, Dose, EmploymentKind, Enrolment,
    Event, EventKind, Goal, InstrumentKind, InterruptionReason, JobEndReason, Key, KeyError,
    Measurement, MeasurementNotDone, NotDoneReason, Organiser, OrganiserAssignment, OrganiserKind,
    Outcome, Period, PhaseRecord, PlanAction, PlanContent, PlanKind, PlanParty,
    PositiveTransitions, Profession, ServicePath, StaffId, TeamMember, Theme, WorkerRole,
};
pub use service::spec::{
    Amount, Cadence, Length, PhaseSpec, Requirement, ServiceModelSpec, ServiceModels, SpecError,
    SpecErrors, SpecProblem, Tolerances, Total,
};
pub use situation::{ActivityKind, Benefit, OwnActivity};
pub use unknown_name::UnknownName;
