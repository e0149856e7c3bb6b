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
//! | `POST /v1/due?as_of=YYYY-MM-DD` | a service path | the due list and its messages |
//! | `POST /v1/score` | an instrument result | its score |
//! | `POST /v1/quality` | `{"path": …, "ratings": {…}}` | the quality report |
//! | `POST /v1/recommend` | a need profile | the ranked work-activity models |
//! | `GET /v1/rules`, `/v1/labels` | — | the rule catalogue, the labels |
//! | `GET /v1/schemas/{file}` | — | a JSON Schema, e.g. `report.schema.json` |
//! | `GET /v1/openapi.json` | — | the OpenAPI 3.1 description of all of this |
//!
//! Messages are in the language `Accept-Language` ranks highest among Finnish, Swedish
//! and English (Finnish by default). A body that cannot be read is answered `400` with a
//! report of `document.*` findings; a body over the limit `413`; no body gets a `5xx`.
//! The router reads no clock: `as_of` is a required query parameter.

mod language;
pub mod openapi;

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::document::{Document, DocumentError, read_value, unreadable, validate_json};
use crate::format::DocumentKind;
use crate::i18n::Lang;
use crate::instrument::InstrumentResult;
use crate::registry::LabelCatalogue;
use crate::rules::catalogue::RuleCatalogue;
use crate::rules::declare::RuleParams;
use crate::rules::finding::Report;
use crate::rules::pointer::JsonPointer;
use crate::rules::report::ValidationLimits;
use crate::service::model_set::ServiceModels;
use crate::service::path::ServicePath;
use crate::service::plan::DueList;
use crate::work_activity::quality::{CriteriaSet, Ratings};
use crate::work_activity::recommend::{NeedProfile, Recommendations};

/// What the router works with: the models paths are checked against, the quality
/// criteria, and the limits on each request.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct HttpConfig {
    /// The service models (the defaults, or a municipality's variants).
    pub models: ServiceModels,
    /// The quality criteria `POST /v1/quality` assesses against.
    pub criteria: CriteriaSet,
    /// Limits per request; `max_document_bytes` is also the body limit.
    pub limits: ValidationLimits,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            models: ServiceModels::defaults(),
            criteria: CriteriaSet::osku_derived(),
            limits: ValidationLimits::default(),
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
}

/// The router: every endpoint of the table in the [module docs](self), under `/v1`.
pub fn router(config: HttpConfig) -> Router {
    let body_limit = config.limits.max_document_bytes;
    Router::new()
        .route("/v1/validate", post(validate))
        .route("/v1/due", post(due))
        .route("/v1/score", post(score))
        .route("/v1/quality", post(quality))
        .route("/v1/recommend", post(recommend))
        .route("/v1/rules", get(rules))
        .route("/v1/labels", get(labels))
        .route("/v1/schemas/{file}", get(schema))
        .route("/v1/openapi.json", get(openapi_document))
        .layer(DefaultBodyLimit::max(body_limit))
        .with_state(Arc::new(config))
}

type Shared = State<Arc<HttpConfig>>;

/// The body of `POST /v1/quality`.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QualityRequest {
    /// The path assessed.
    pub path: ServicePath,
    /// The assessor's ratings of the rated criteria, by criterion id.
    #[serde(default)]
    pub ratings: Ratings,
}

/// The answer of `POST /v1/due`: the list, and each item's message in the request's
/// language, in the same order.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct DueAnswer {
    /// The due list.
    pub due_list: DueList,
    /// `due_list.items[i].message(lang)` for each item.
    pub messages: Vec<String>,
}

/// A request the router cannot serve as asked (not a document problem).
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct RequestError {
    /// What is wrong, in English.
    pub error: String,
}

async fn validate(
    State(config): Shared,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = lang_of(&headers);
    let Some(as_of) = as_of(query.as_deref()) else {
        return missing_as_of();
    };
    let report = validate_json(&body, &config.models, &config.limits, as_of);
    report_response(&report, lang)
}

async fn due(
    State(config): Shared,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = lang_of(&headers);
    let Some(as_of) = as_of(query.as_deref()) else {
        return missing_as_of();
    };
    let path = match Document::from_slice_with(&body, &config.limits) {
        Ok(Document::ServicePath(path)) => path,
        Ok(_) => return report_response(&wrong_kind(DocumentKind::ServicePath), lang),
        Err(error) => return report_response(error.report(), lang),
    };
    let due_list = path.due_with(
        &config.models,
        &crate::service::plan::PlannerConfig::default(),
        as_of,
    );
    let messages = due_list
        .items
        .iter()
        .map(|item| item.message(lang))
        .collect();
    json(StatusCode::OK, &DueAnswer { due_list, messages })
}

async fn score(State(config): Shared, headers: HeaderMap, body: Bytes) -> Response {
    match read_value::<InstrumentResult>(&body, &config.limits) {
        Ok(result) => json(StatusCode::OK, &result.score()),
        Err(error) => document_error(&error, lang_of(&headers)),
    }
}

async fn quality(State(config): Shared, headers: HeaderMap, body: Bytes) -> Response {
    match read_value::<QualityRequest>(&body, &config.limits) {
        Ok(request) => json(
            StatusCode::OK,
            &config
                .criteria
                .assess_with(&request.path, &request.ratings, &config.models),
        ),
        Err(error) => document_error(&error, lang_of(&headers)),
    }
}

async fn recommend(State(config): Shared, headers: HeaderMap, body: Bytes) -> Response {
    match read_value::<NeedProfile>(&body, &config.limits) {
        Ok(need) => json(
            StatusCode::OK,
            &Recommendations::for_need(need, config.models.profiles()),
        ),
        Err(error) => document_error(&error, lang_of(&headers)),
    }
}

async fn rules() -> Response {
    json(StatusCode::OK, &RuleCatalogue::current())
}

async fn labels() -> Response {
    json(StatusCode::OK, &LabelCatalogue::current())
}

async fn schema(Path(file): Path<String>) -> Response {
    match crate::schema::document_schemas()
        .into_iter()
        .find(|schema| schema.file_name == file)
    {
        Some(found) => json(StatusCode::OK, &found.schema),
        None => json(
            StatusCode::NOT_FOUND,
            &RequestError {
                error: "no such schema; GET /v1/openapi.json lists them".to_owned(),
            },
        ),
    }
}

async fn openapi_document() -> Response {
    json(StatusCode::OK, &openapi::document())
}

fn lang_of(headers: &HeaderMap) -> Lang {
    language::preferred(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok()),
    )
}

/// The `as_of` query parameter, `YYYY-MM-DD`.
fn as_of(query: Option<&str>) -> Option<NaiveDate> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("as_of="))
        .and_then(|text| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
}

fn missing_as_of() -> Response {
    json(
        StatusCode::BAD_REQUEST,
        &RequestError {
            error:
                "the query parameter as_of=YYYY-MM-DD is required: the day to validate or plan for"
                    .to_owned(),
        },
    )
}

/// A `document.unknown_kind` report naming the one kind the endpoint reads.
fn wrong_kind(expected: DocumentKind) -> Report {
    std::iter::once(
        crate::document::problem::UnknownKind {
            kinds: crate::rules::finding::ParamValue::List {
                items: vec![crate::rules::finding::ParamValue::key(expected.as_str())],
            },
        }
        .at(JsonPointer::root().field("document")),
    )
    .collect()
}

fn document_error(error: &DocumentError, lang: Lang) -> Response {
    report_response(error.report(), lang)
}

/// The report in `lang`: `200` when the document was read, `413` when it was too large,
/// `400` when it could not be read.
fn report_response(report: &Report, lang: Lang) -> Response {
    let status = if report
        .iter()
        .any(|finding| finding.code() == crate::rules::code::RuleCode::DOCUMENT_TOO_LARGE)
    {
        StatusCode::PAYLOAD_TOO_LARGE
    } else if unreadable(report) {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    json(status, &report.in_language(lang))
}

fn json<T: Serialize + ?Sized>(status: StatusCode, value: &T) -> Response {
    // The crate's types serialize without error (no maps with non-string keys, no
    // failing `Serialize`); the fallback keeps even that impossible case out of 5xx.
    let body = serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec());
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .unwrap_or_default()
}
