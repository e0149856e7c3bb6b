//! The OpenAPI 3.1 description of the [router](super::router), generated from the same
//! types the handlers read and write.
//!
//! The schemas come from schemars with their definitions under `#/components/schemas`;
//! the operations from [`OPERATIONS`], the table the router's routes are checked against
//! by test. The generated document is committed as `openapi.json` and validated in CI by
//! an independent OpenAPI validator.

use schemars::JsonSchema;
use schemars::generate::SchemaGenerator;
use serde_json::{Map, Value, json};

use super::{DueAnswer, QualityRequest};
use crate::client::Client;
use crate::instrument::{InstrumentResult, InstrumentScore};
use crate::registry::LabelCatalogue;
use crate::rules::catalogue::RuleCatalogue;
use crate::rules::finding::Report;
use crate::service::record::path::ServicePath;
use crate::service::spec::model_spec::ServiceModelSpec;
use crate::work_activity::quality::QualityReport;
use crate::work_activity::recommend::{NeedProfile, Recommendations};

/// One operation of the router: method, path, what it takes and gives.
#[cfg_attr(doc, doc = "")]
#[cfg_attr(
    doc,
    doc = "`#[non_exhaustive]`: the crate builds it and you read it; a field may be added in a minor release."
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// `get` or `post`.
    pub method: &'static str,
    /// The path, with `{file}` for a path parameter.
    pub path: &'static str,
    /// Its operationId.
    pub id: &'static str,
    /// One line on what it does.
    pub summary: &'static str,
    /// Whether it takes the `as_of` query parameter.
    pub as_of: bool,
}

/// Every operation the router serves.
pub const OPERATIONS: &[Operation] = &[
    Operation {
        method: "post",
        path: "/v1/validate",
        id: "validate",
        summary: "Parse and validate a client, service path, service model or client record document",
        as_of: true,
    },
    Operation {
        method: "post",
        path: "/v1/due",
        id: "due",
        summary: "What is due on a service path, or on each path of a client record, with messages in the request's language",
        as_of: true,
    },
    Operation {
        method: "post",
        path: "/v1/timeline",
        id: "timeline",
        summary: "The picture of a service path, or of each path of a client record, (SVG) with its findings and due items, in the request's language",
        as_of: true,
    },
    Operation {
        method: "post",
        path: "/v1/score",
        id: "score",
        summary: "Score one instrument result",
        as_of: false,
    },
    Operation {
        method: "post",
        path: "/v1/quality",
        id: "quality",
        summary: "Assess a path against the work-activity quality criteria",
        as_of: false,
    },
    Operation {
        method: "post",
        path: "/v1/recommend",
        id: "recommend",
        summary: "Rank the OsKu work-activity models for a need profile",
        as_of: false,
    },
    Operation {
        method: "get",
        path: "/v1/rules",
        id: "rules",
        summary: "The rule catalogue",
        as_of: false,
    },
    Operation {
        method: "get",
        path: "/v1/labels",
        id: "labels",
        summary: "The fi/sv/en labels of every vocabulary",
        as_of: false,
    },
    Operation {
        method: "get",
        path: "/v1/schemas/{file}",
        id: "schema",
        summary: "The JSON Schema of one document kind",
        as_of: false,
    },
    Operation {
        method: "get",
        path: "/v1/openapi.json",
        id: "openapi",
        summary: "This document",
        as_of: false,
    },
];

/// The OpenAPI 3.1 document of the router served at the root (the committed
/// `openapi.json`).
pub fn document() -> Value {
    document_at("")
}

/// A small document of each kind a request takes, as the OpenAPI document's examples.
fn request_example(operation: &str) -> Option<Value> {
    let path = json!({"document": "service_path", "schema_version": 1, "client": "demo-1",
        "enrolments": [{"model": "rehabilitative_work_activity", "start": "2024-02-05",
            "events": [{"type": "plan", "date": "2024-02-05", "organiser": "wellbeing_services_county"}]}]});
    Some(match operation {
        "validate" => json!({"document": "client", "schema_version": 1, "id": "demo-1",
            "labour_market_status": "unemployed_jobseeker"}),
        "due" | "timeline" => path,
        "score" => json!({"type": "was", "score": 6}),
        "quality" => json!({"path": path, "ratings": {}}),
        "recommend" => json!({"life_management_need": 3, "working_life_readiness": 1,
            "capacity": {"physical": 2, "psychological": 2, "social": 1, "cognitive": 3},
            "continuation_path_known": false}),
        _ => return None,
    })
}

/// The OpenAPI 3.1 document of the router nested at `base_path` (`"/api"`), which its
/// `servers` entry names so the paths resolve; `""` for the root.
pub fn document_at(base_path: &str) -> Value {
    let mut generator = crate::schema::settings()
        .with(|settings| settings.definitions_path = "/components/schemas".into())
        .into_generator();
    let body = |schema: Value, example: Option<Value>| {
        let mut media = json!({ "schema": schema });
        if let (Some(example), Some(media)) = (example, media.as_object_mut()) {
            media.insert("example".to_owned(), example);
        }
        json!({ "required": true, "content": { "application/json": media } })
    };
    let answer = |description: &str, schema: Value| json!({ "description": description, "content": { "application/json": { "schema": schema } } });
    let report = sub::<Report>(&mut generator);
    let input_document = json!({ "oneOf": [
        sub::<Client>(&mut generator),
        sub::<ServicePath>(&mut generator),
        sub::<ServiceModelSpec>(&mut generator),
        sub::<crate::document::ClientRecord>(&mut generator),
    ]});
    let unreadable = answer(
        "The body cannot be read: a report of document.* findings",
        report.clone(),
    );
    let too_large = answer(
        "The body is over the size limit (document.too_large)",
        report.clone(),
    );
    let contradicts_itself = answer(
        "The body has its schema's shape but contradicts itself in a way JSON Schema cannot state (document.invalid_spec, document.client_mismatch, document.invalid_value refused by a type's own check)",
        report.clone(),
    );
    let not_json = answer(
        "The body is not declared as application/json (request.unsupported_media_type)",
        report.clone(),
    );

    let mut paths = Map::new();
    for operation in OPERATIONS {
        let (request, ok) = match operation.id {
            "validate" => (
                Some(input_document.clone()),
                answer("The report, in the request's language", report.clone()),
            ),
            "due" => (
                Some(json!({ "oneOf": [
                    sub::<ServicePath>(&mut generator),
                    sub::<crate::document::ClientRecord>(&mut generator),
                ]})),
                answer("The due list", sub::<DueAnswer>(&mut generator)),
            ),
            "timeline" => (
                Some(json!({ "oneOf": [
                    sub::<ServicePath>(&mut generator),
                    sub::<crate::document::ClientRecord>(&mut generator),
                ]})),
                json!({ "description": "The picture, an SVG document (role=\"img\", with a title and a description)",
                    "content": { "image/svg+xml": { "schema": { "type": "string" } } } }),
            ),
            "score" => (
                Some(sub::<InstrumentResult>(&mut generator)),
                answer("The score", sub::<InstrumentScore>(&mut generator)),
            ),
            "quality" => (
                Some(sub::<QualityRequest>(&mut generator)),
                answer("The quality report", sub::<QualityReport>(&mut generator)),
            ),
            "recommend" => (
                Some(sub::<NeedProfile>(&mut generator)),
                answer("The ranked models", sub::<Recommendations>(&mut generator)),
            ),
            "rules" => (
                None,
                answer("The rule catalogue", sub::<RuleCatalogue>(&mut generator)),
            ),
            "labels" => (
                None,
                answer("The labels", sub::<LabelCatalogue>(&mut generator)),
            ),
            "schema" => (
                None,
                answer("A JSON Schema (draft 2020-12)", json!({ "type": "object" })),
            ),
            _ => (
                None,
                answer("The OpenAPI document", json!({ "type": "object" })),
            ),
        };
        let mut responses = Map::new();
        responses.insert("200".to_owned(), ok);
        let mut parameters = Vec::new();
        if operation.as_of {
            parameters.push(json!({
                "name": "as_of", "in": "query", "required": true,
                "description": "The day to validate or plan for (the crate reads no clock)",
                "schema": { "type": "string", "format": "date" }
            }));
            responses.insert(
                "400".to_owned(),
                answer(
                    "The body cannot be read (document.*), or as_of is missing, not a day YYYY-MM-DD or repeated (request.parameter_*)",
                    report.clone(),
                ),
            );
        } else if request.is_some() {
            responses.insert("400".to_owned(), unreadable.clone());
        }
        if operation.id == "schema" {
            let files: Vec<&str> = crate::schema::document_schemas()
                .iter()
                .map(|schema| schema.file_name)
                .collect();
            parameters.push(json!({
                "name": "file", "in": "path", "required": true,
                "description": "The schema's file name",
                "schema": { "type": "string", "enum": files },
                "example": "report.schema.json"
            }));
            responses.insert(
                "404".to_owned(),
                answer("No such schema (request.not_found)", report.clone()),
            );
        }
        if request.is_some() {
            responses.insert("413".to_owned(), too_large.clone());
            responses.insert("415".to_owned(), not_json.clone());
            responses.insert("422".to_owned(), contradicts_itself.clone());
            parameters.push(json!({
                "name": "Accept-Language", "in": "header", "required": false,
                "description": "fi, sv or en (RFC 9110 ranking); Finnish by default",
                "schema": { "type": "string" }
            }));
        }
        let mut op = json!({
            "operationId": operation.id,
            "summary": operation.summary,
            "responses": responses,
        });
        if let Some(object) = op.as_object_mut() {
            if !parameters.is_empty() {
                object.insert("parameters".to_owned(), Value::Array(parameters));
            }
            if let Some(schema) = request {
                object.insert(
                    "requestBody".to_owned(),
                    body(schema, request_example(operation.id)),
                );
            }
        }
        let entry = paths
            .entry(operation.path.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        if let Some(entry) = entry.as_object_mut() {
            entry.insert(operation.method.to_owned(), op);
        }
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "tyokyky",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Validation, planning and scoring for Finnish work-ability services for people partially able to work (osatyökykyiset).",
            "license": { "name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0" }
        },
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "servers": [{ "url": if base_path.is_empty() { "/" } else { base_path } }],
        "paths": paths,
        "components": { "schemas": generator.take_definitions(true) },
    })
}

/// A `$ref` to `T`'s schema, registering it among the components.
fn sub<T: JsonSchema>(generator: &mut SchemaGenerator) -> Value {
    generator.subschema_for::<T>().to_value()
}
