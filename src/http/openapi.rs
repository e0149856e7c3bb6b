//! The OpenAPI 3.1 description of the [router](super::router), generated from the same
//! types the handlers read and write.
//!
//! The schemas come from schemars with their definitions under `#/components/schemas`;
//! the operations from [`OPERATIONS`], the table the router's routes are checked against
//! by test. The generated document is committed as `openapi.json` and validated in CI by
//! an independent OpenAPI validator.

use schemars::JsonSchema;
use schemars::generate::{SchemaGenerator, SchemaSettings};
use serde_json::{Map, Value, json};

use super::{DueAnswer, QualityRequest, RequestError};
use crate::client::Client;
use crate::instrument::{InstrumentResult, InstrumentScore};
use crate::registry::LabelCatalogue;
use crate::rules::catalogue::RuleCatalogue;
use crate::rules::finding::Report;
use crate::service::path::ServicePath;
use crate::service::spec::ServiceModelSpec;
use crate::work_activity::quality::QualityReport;
use crate::work_activity::recommend::{NeedProfile, Recommendations};

/// One operation of the router: method, path, what it takes and gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        summary: "What is due on a service path, with messages in the request's language",
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

/// The OpenAPI 3.1 document of the router.
pub fn document() -> Value {
    let mut generator = SchemaSettings::draft2020_12()
        .with(|settings| settings.definitions_path = "/components/schemas".into())
        .into_generator();
    let body = |schema: Value| json!({ "required": true, "content": { "application/json": { "schema": schema } } });
    let answer = |description: &str, schema: Value| json!({ "description": description, "content": { "application/json": { "schema": schema } } });
    let report = sub::<Report>(&mut generator);
    let request_error = sub::<RequestError>(&mut generator);
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
    let too_large = answer("The body is over the size limit", report.clone());

    let mut paths = Map::new();
    for operation in OPERATIONS {
        let (request, ok) = match operation.id {
            "validate" => (
                Some(input_document.clone()),
                answer("The report, in the request's language", report.clone()),
            ),
            "due" => (
                Some(sub::<ServicePath>(&mut generator)),
                answer("The due list", sub::<DueAnswer>(&mut generator)),
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
                    "The body cannot be read (a report), or as_of is missing (an error)",
                    json!({ "oneOf": [report.clone(), request_error.clone()] }),
                ),
            );
        } else if request.is_some() {
            responses.insert("400".to_owned(), unreadable.clone());
        }
        if operation.id == "schema" {
            parameters.push(json!({
                "name": "file", "in": "path", "required": true,
                "description": "The schema's file name, e.g. report.schema.json",
                "schema": { "type": "string" }
            }));
            responses.insert(
                "404".to_owned(),
                answer("No such schema", request_error.clone()),
            );
        }
        if request.is_some() {
            responses.insert("413".to_owned(), too_large.clone());
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
                object.insert("requestBody".to_owned(), body(schema));
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
        "paths": paths,
        "components": { "schemas": generator.take_definitions(true) },
    })
}

/// A `$ref` to `T`'s schema, registering it among the components.
fn sub<T: JsonSchema>(generator: &mut SchemaGenerator) -> Value {
    generator.subschema_for::<T>().to_value()
}
