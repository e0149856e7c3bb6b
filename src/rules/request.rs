#![cfg_attr(not(feature = "http"), allow(dead_code))]
//! Requests a service cannot serve as sent: the `request.*` rules, so an HTTP answer that
//! is not a report of the document (a missing date, a body that is not JSON, a path that
//! does not exist) still comes in the one shape every answer has, with a stable code and
//! messages in the reader's language.
//!
//! The crate's router (`tyokyky::http`, feature `http`) answers with them; any other
//! service putting the crate behind its own endpoints can do the same.

use crate::rules::declare::rules;
use crate::rules::finding::ParamValue;

/// Where the status codes and their meaning are defined.
const HTTP: &str = "HTTP Semantics, IETF RFC 9110 (June 2022), §15.5 Client Error 4xx";

/// Where the query parameters are defined.
const OPENAPI: &str = "the crate's OpenAPI 3.1 document (GET /v1/openapi.json)";

rules! {
    /// A query parameter the operation requires is not in the request.
    REQUEST_PARAMETER_MISSING => ParameterMissing {
        code: "request.parameter_missing",
        severity: Error because "structural: the request cannot be served without it",
        source: OPENAPI,
        parameters: [],
        params: { parameter: ParamValue },
        title: ["Kyselyparametri puuttuu", "Frågeparameter saknas", "Query parameter missing"],
        message: [
            "Kyselyparametri {parameter} puuttuu: se on päivä (VVVV-KK-PP), jonka mukaan tarkistetaan tai suunnitellaan.",
            "Frågeparametern {parameter} saknas: den är dagen (ÅÅÅÅ-MM-DD) som kontrollen eller planen gäller.",
            "The query parameter {parameter} is missing: it is the day (YYYY-MM-DD) to validate or plan for.",
        ],
    }

    /// A query parameter is not a date written `YYYY-MM-DD` that exists.
    REQUEST_PARAMETER_INVALID => ParameterInvalid {
        code: "request.parameter_invalid",
        severity: Error because "structural: the request cannot be served with it",
        source: OPENAPI,
        parameters: [],
        params: { parameter: ParamValue },
        title: ["Virheellinen kyselyparametri", "Ogiltig frågeparameter", "Invalid query parameter"],
        message: [
            "Kyselyparametri {parameter} ei ole olemassa oleva päivä muodossa VVVV-KK-PP.",
            "Frågeparametern {parameter} är inte en existerande dag i formen ÅÅÅÅ-MM-DD.",
            "The query parameter {parameter} is not a day that exists, written YYYY-MM-DD.",
        ],
    }

    /// A query parameter is given more than once, so which one holds is unclear.
    REQUEST_PARAMETER_REPEATED => ParameterRepeated {
        code: "request.parameter_repeated",
        severity: Error because "structural: of two values neither can be chosen",
        source: OPENAPI,
        parameters: [],
        params: { parameter: ParamValue },
        title: ["Kyselyparametri toistuu", "Frågeparametern upprepas", "Query parameter repeated"],
        message: [
            "Kyselyparametri {parameter} on annettu useammin kuin kerran.",
            "Frågeparametern {parameter} har angetts mer än en gång.",
            "The query parameter {parameter} is given more than once.",
        ],
    }

    /// The body is declared as something other than JSON (or not declared).
    REQUEST_UNSUPPORTED_MEDIA_TYPE => UnsupportedMediaType {
        code: "request.unsupported_media_type",
        severity: Error because "structural: only JSON is read (RFC 9110 §15.5.16, 415)",
        source: HTTP,
        parameters: [],
        params: {},
        title: ["Sisältö ei ole JSONia", "Innehållet är inte JSON", "Body is not JSON"],
        message: [
            "Pyynnön sisällön tyypin (Content-Type) on oltava application/json.",
            "Begärans innehållstyp (Content-Type) måste vara application/json.",
            "The request's Content-Type must be application/json.",
        ],
    }

    /// No resource at this path.
    REQUEST_NOT_FOUND => NotFound {
        code: "request.not_found",
        severity: Error because "structural: there is nothing here to serve (RFC 9110 §15.5.5, 404)",
        source: HTTP,
        parameters: [],
        params: {},
        title: ["Ei löydy", "Hittades inte", "Not found"],
        message: [
            "Tässä osoitteessa ei ole mitään; GET /v1/openapi.json luettelee palvelun osoitteet.",
            "Det finns inget på den här adressen; GET /v1/openapi.json listar tjänstens adresser.",
            "There is nothing at this address; GET /v1/openapi.json lists the service's addresses.",
        ],
    }

    /// The resource exists but does not take this method.
    REQUEST_METHOD_NOT_ALLOWED => MethodNotAllowed {
        code: "request.method_not_allowed",
        severity: Error because "structural: the resource does not take the method (RFC 9110 §15.5.6, 405)",
        source: HTTP,
        parameters: [],
        params: {},
        title: ["Menetelmä ei käy", "Metoden tillåts inte", "Method not allowed"],
        message: [
            "Tämä osoite ei ota vastaan tätä menetelmää; otsake Allow kertoo sallitut.",
            "Den här adressen tar inte emot metoden; rubriken Allow anger de tillåtna.",
            "This address does not take this method; the Allow header names those it takes.",
        ],
    }
}
