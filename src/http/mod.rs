//! The crate over HTTP: an axum [`Router`] a service merges in one line (feature `http`).
//!
//! ```no_run
//! # async fn serve() -> std::io::Result<()> {
//! use tyokyky::http::{HttpConfig, router};
//!
//! let app = axum::Router::new().nest("/tyokyky", router(HttpConfig::default()));
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, app).await
//! # }
//! ```
//!
//! | method and path | body | answer |
//! |---|---|---|
//! | `POST /v1/validate?as_of=YYYY-MM-DD` | any input document | the report |
//! | `POST /v1/due?as_of=YYYY-MM-DD` | a service path, or a client record | the due list (a record's paths' in one list) and its messages |
//! | `POST /v1/timeline?as_of=YYYY-MM-DD` | a service path, or a client record | its picture (a record's paths one under the other), `image/svg+xml` ([`crate::timeline`]) |
//! | `POST /v1/score` | an instrument result | its score |
//! | `POST /v1/quality` | `{"path": …, "ratings": {…}}` | the quality report |
//! | `POST /v1/recommend` | a need profile | the ranked work-activity models |
//! | `GET /v1/rules`, `/v1/labels` | — | the rule catalogue, the labels |
//! | `GET /v1/schemas/{file}` | — | a JSON Schema, e.g. `report.schema.json` |
//! | `GET /v1/openapi.json` | — | the OpenAPI 3.1 description of all of this |
//!
//! Messages are in the language `Accept-Language` ranks highest among Finnish, Swedish
//! and English (Finnish by default). The router reads no clock: `as_of` is a required
//! query parameter.
//!
//! Every answer is JSON, and every answer that is not `200` is a report in the same shape
//! as a validation report, its findings saying why, in the reader's language:
//!
//! | status | finding |
//! |---|---|
//! | `400` | `document.*` (the body cannot be read), `request.parameter_missing`, `request.parameter_invalid`, `request.parameter_repeated` (`as_of`) |
//! | `404` | `request.not_found` (no such path, no such schema) |
//! | `405` | `request.method_not_allowed` |
//! | `413` | `document.too_large`, answered from `Content-Length` before the body is read, or as soon as the body passes the limit |
//! | `415` | `request.unsupported_media_type`: a body must be sent as `application/json` |
//! | `422` | the body has the shape its schema describes but contradicts itself in a way JSON Schema cannot state: `document.invalid_spec` (a phase naming a missing phase, two phases with one id), `document.client_mismatch`, `document.invalid_value` refused by a type's own check across fields (a Kykyviisari area off its declared scale) |
//!
//! No request gets a `5xx`. A UTF-8 byte-order mark before the JSON is skipped.

mod answer;
mod language;
pub mod openapi;
mod request;

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

use self::answer::{json, report_response};
use self::request::{AsOf, Asked, lang_of, missing_as_of, read, refusal};
use crate::document::{Document, read_value, validate_json};
use crate::format::DocumentKind;
use crate::instrument::InstrumentResult;
use crate::registry::LabelCatalogue;
use crate::rules::catalogue::RuleCatalogue;
use crate::rules::declare::RuleParams;
use crate::rules::finding::Report;
use crate::rules::options::ValidationOptions;
use crate::rules::pointer::JsonPointer;
use crate::rules::report::ValidationLimits;
use crate::rules::request::{MethodNotAllowed, NotFound};
use crate::service::planner::due_list::DueList;
use crate::service::record::path::ServicePath;
use crate::service::spec::model_set::ServiceModels;
use crate::work_activity::quality::{CriteriaSet, Ratings};
use crate::work_activity::recommend::{NeedProfile, Recommendations};

/// What the router works with: the models paths are checked against, the quality
/// criteria, the limits on each request, and where it is served.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct HttpConfig {
    /// The service models (the defaults, or a municipality's variants).
    pub models: ServiceModels,
    /// The quality criteria `POST /v1/quality` assesses against.
    pub criteria: CriteriaSet,
    /// Limits per request; `max_document_bytes` is also the body limit.
    pub limits: ValidationLimits,
    /// Where the router is nested (`"/api"` for `Router::new().nest("/api", router(…))`),
    /// written into the OpenAPI document's `servers` so its paths resolve; empty (the
    /// default) when it is served at the root.
    pub base_path: String,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            models: ServiceModels::defaults(),
            criteria: CriteriaSet::osku_derived(),
            limits: ValidationLimits::default(),
            base_path: String::new(),
        }
    }
}

impl HttpConfig {
    /// The defaults with `models` instead of the default models.
    pub fn with_models(models: ServiceModels) -> Self {
        HttpConfig {
            models,
            ..HttpConfig::default()
        }
    }

    /// These settings served under `base_path` (e.g. `"/api"`), as the OpenAPI document
    /// will say.
    ///
    /// ```
    /// use tyokyky::http::{HttpConfig, router};
    ///
    /// let config = HttpConfig::default().at("/api");
    /// let app: axum::Router = axum::Router::new().nest("/api", router(config));
    /// # let _ = app;
    /// ```
    #[must_use]
    pub fn at(mut self, base_path: &str) -> Self {
        self.base_path = base_path.trim_end_matches('/').to_owned();
        self
    }

    /// What every validation and plan of the router reads: its models and limits.
    fn options(&self) -> ValidationOptions<'_> {
        ValidationOptions::new(&self.models).with_limits(self.limits)
    }
}

/// The router: every endpoint of the table in the [module docs](self), under `/v1`.
pub fn router(config: HttpConfig) -> Router {
    Router::new()
        .route("/v1/validate", post(validate))
        .route("/v1/due", post(due))
        .route("/v1/timeline", post(timeline))
        .route("/v1/score", post(score))
        .route("/v1/quality", post(quality))
        .route("/v1/recommend", post(recommend))
        .route("/v1/rules", get(rules))
        .route("/v1/labels", get(labels))
        .route("/v1/schemas/{file}", get(schema))
        .route("/v1/openapi.json", get(openapi_document))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        // The handlers read the body themselves, so a body over the limit gets the
        // router's own JSON 413 rather than axum's text one.
        .layer(DefaultBodyLimit::disable())
        .with_state(Arc::new(config))
}

type Shared = State<Arc<HttpConfig>>;

/// The body of `POST /v1/quality`.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: build it with [`QualityRequest::new`](Self::new) and set the optional fields; a field may be added in a minor release."
)]
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct QualityRequest {
    /// The path assessed.
    pub path: ServicePath,
    /// The assessor's ratings of the rated criteria, by criterion id.
    #[serde(default)]
    pub ratings: Ratings,
}

impl QualityRequest {
    /// The `path` to assess with the unit's `ratings`.
    pub fn new(path: ServicePath, ratings: Ratings) -> Self {
        QualityRequest { path, ratings }
    }
}

/// The answer of `POST /v1/due`: the list, and each item's message in the request's
/// language, in the same order.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct DueAnswer {
    /// The due list.
    pub due_list: DueList,
    /// `due_list.items[i].message(lang)` for each item.
    pub messages: Vec<String>,
}

/// Reads the request, or answers the refusal.
macro_rules! read_or_answer {
    ($config:expr, $request:expr, $as_of:expr) => {
        match read($request, $as_of, $config.limits.max_document_bytes).await {
            Ok(asked) => asked,
            Err(refused) => return refused,
        }
    };
}

async fn validate(State(config): Shared, request: Request) -> Response {
    let Asked { lang, as_of, body } = read_or_answer!(config, request, AsOf::Required);
    let Some(as_of) = as_of else {
        return missing_as_of(lang);
    };
    let report = validate_json(&body, &config.options(), as_of);
    report_response(&report, lang)
}

async fn due(State(config): Shared, request: Request) -> Response {
    let Asked { lang, as_of, body } = read_or_answer!(config, request, AsOf::Required);
    let Some(as_of) = as_of else {
        return missing_as_of(lang);
    };
    let due_list = match Document::from_slice_with(&body, &config.limits) {
        Ok(Document::ServicePath(path)) => path.due_with(&config.options(), as_of),
        Ok(Document::ClientRecord(record)) => record.due_with(&config.options(), as_of),
        Ok(_) => {
            return report_response(
                &wrong_kind(&[DocumentKind::ServicePath, DocumentKind::ClientRecord]),
                lang,
            );
        }
        Err(error) => return report_response(error.report(), lang),
    };
    let messages = due_list
        .items
        .iter()
        .map(|item| item.message(lang))
        .collect();
    json(StatusCode::OK, &DueAnswer { due_list, messages })
}

async fn timeline(State(config): Shared, request: Request) -> Response {
    let Asked { lang, as_of, body } = read_or_answer!(config, request, AsOf::Required);
    let Some(as_of) = as_of else {
        return missing_as_of(lang);
    };
    // Sent as written: no UTF-8 check and copy into a `String` (a fifth of drawing it).
    let mut svg = Vec::new();
    match Document::from_slice_with(&body, &config.limits) {
        Ok(Document::ServicePath(path)) => {
            let (report, due) = path.validate_and_plan(&config.options(), as_of);
            crate::timeline::write_timeline(
                &path,
                &report,
                &due,
                &config.models,
                as_of,
                lang,
                &mut svg,
            );
        }
        Ok(Document::ClientRecord(record)) => {
            crate::timeline::write_record_timeline(
                &record,
                &config.options(),
                as_of,
                lang,
                &mut svg,
            );
        }
        Ok(_) => {
            return report_response(
                &wrong_kind(&[DocumentKind::ServicePath, DocumentKind::ClientRecord]),
                lang,
            );
        }
        Err(error) => return report_response(error.report(), lang),
    }
    Response::builder()
        .status(StatusCode::OK)
        .header(axum::http::header::CONTENT_TYPE, "image/svg+xml")
        .body(axum::body::Body::from(svg))
        .unwrap_or_default()
}

async fn score(State(config): Shared, request: Request) -> Response {
    let Asked { lang, body, .. } = read_or_answer!(config, request, AsOf::None);
    match read_value::<InstrumentResult>(&body, &config.limits) {
        Ok(result) => json(StatusCode::OK, &result.score()),
        Err(error) => report_response(error.report(), lang),
    }
}

async fn quality(State(config): Shared, request: Request) -> Response {
    let Asked { lang, body, .. } = read_or_answer!(config, request, AsOf::None);
    match read_value::<QualityRequest>(&body, &config.limits) {
        Ok(asked) => json(
            StatusCode::OK,
            &config
                .criteria
                .assess_with(&asked.path, &asked.ratings, &config.models),
        ),
        Err(error) => report_response(error.report(), lang),
    }
}

async fn recommend(State(config): Shared, request: Request) -> Response {
    let Asked { lang, body, .. } = read_or_answer!(config, request, AsOf::None);
    match read_value::<NeedProfile>(&body, &config.limits) {
        Ok(need) => json(
            StatusCode::OK,
            &Recommendations::for_need(need, config.models.profiles()),
        ),
        Err(error) => report_response(error.report(), lang),
    }
}

async fn rules() -> Response {
    json(StatusCode::OK, &RuleCatalogue::current())
}

async fn labels() -> Response {
    json(StatusCode::OK, &LabelCatalogue::current())
}

async fn schema(Path(file): Path<String>, headers: HeaderMap) -> Response {
    match crate::schema::document_schemas()
        .into_iter()
        .find(|schema| schema.file_name == file)
    {
        Some(found) => json(StatusCode::OK, &found.schema),
        None => not_found_in(lang_of(&headers)),
    }
}

async fn openapi_document(State(config): Shared) -> Response {
    json(StatusCode::OK, &openapi::document_at(&config.base_path))
}

async fn not_found(headers: HeaderMap) -> Response {
    not_found_in(lang_of(&headers))
}

fn not_found_in(lang: crate::i18n::Lang) -> Response {
    refusal(NotFound {}.at(JsonPointer::root()), lang)
}

async fn method_not_allowed(headers: HeaderMap) -> Response {
    refusal(
        MethodNotAllowed {}.at(JsonPointer::root()),
        lang_of(&headers),
    )
}

/// A `document.unknown_kind` report naming the one kind the endpoint reads.
fn wrong_kind(expected: &[DocumentKind]) -> Report {
    std::iter::once(
        crate::document::problem::UnknownKind {
            kinds: crate::rules::finding::ParamValue::List {
                items: expected
                    .iter()
                    .map(|kind| crate::rules::finding::ParamValue::key(kind.as_str()))
                    .collect(),
            },
        }
        .at(JsonPointer::root().field("document")),
    )
    .collect()
}
