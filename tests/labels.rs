//! Every public enum has a non-empty label in Finnish, Swedish and English.

use std::collections::{BTreeSet, HashSet};

use serde_json::Value;
use tyokyky::Lang;
use tyokyky::registry::all_vocabularies;
use tyokyky::schema::document_schemas;

#[test]
fn no_label_is_missing_or_empty() {
    for vocabulary in all_vocabularies() {
        assert!(
            !vocabulary.values.is_empty(),
            "{} has no values",
            vocabulary.name
        );
        for lang in Lang::ALL {
            let mut seen = HashSet::new();
            for value in &vocabulary.values {
                let label = value.get(lang);
                assert!(
                    !label.trim().is_empty(),
                    "{} {} has no {lang:?} label",
                    vocabulary.name,
                    value.value
                );
                assert!(
                    seen.insert(label) || matches!(value.value, Value::Object(_)),
                    "{}: two values share the {lang:?} label {label:?}",
                    vocabulary.name
                );
            }
        }
    }
}

/// Every enum of plain string values in any committed schema has labels: the schemas see
/// every public type a document can hold, so a new enum without labels fails here.
#[test]
fn every_string_enum_in_the_schemas_has_labels() {
    let vocabularies = all_vocabularies();
    for document in document_schemas() {
        let Some(defs) = document.schema.get("$defs").and_then(Value::as_object) else {
            continue;
        };
        for (name, def) in defs {
            let Some(variants) = def.get("oneOf").and_then(Value::as_array) else {
                continue;
            };
            let consts: Option<BTreeSet<&str>> = variants
                .iter()
                .map(|variant| variant.get("const").and_then(Value::as_str))
                .collect();
            let tags: Option<BTreeSet<&str>> = variants
                .iter()
                .map(|variant| {
                    variant
                        .pointer("/properties/type/const")
                        .and_then(Value::as_str)
                })
                .collect();
            let Some(expected) = consts.or(tags) else {
                continue;
            };
            // A finding's parameters are rendered into its message, not labelled.
            if name == "ParamValue" {
                continue;
            }
            // A tagged union whose variants carry data is labelled by its kind enum.
            let labelled_by = match name.as_str() {
                "AssessmentStatus" => "AssessmentKind",
                "Event" => "EventKind",
                "InstrumentResult" => "InstrumentKind",
                other => other,
            };
            let vocabulary = vocabularies
                .iter()
                .find(|v| v.name == labelled_by)
                .unwrap_or_else(|| panic!("{name} in {} has no labels", document.file_name));
            let labelled: BTreeSet<&str> = vocabulary
                .values
                .iter()
                .filter_map(|value| {
                    value
                        .value
                        .as_str()
                        .or_else(|| value.value.get("type")?.as_str())
                })
                .collect();
            assert_eq!(
                labelled, expected,
                "{name}: labelled values differ from the schema"
            );
        }
    }
}
