//! The leak campaign: a generated personal identity code, in every form a person may type
//! it, put into every string of a client and a path document and in place of field names,
//! must not reach any output the crate promises to keep it out of: `Debug`, reports and
//! their messages in three languages, due lists, the redacted log form, and the findings
//! and `Display` of a document the crate's document API could not read (serde's own text
//! never passes through). Serialization for storage may hold it, by design.
//!
//! `TYOKYKY_LEAK_CASES=20000 cargo test --release --test leaks` runs a long campaign; CI
//! runs the default.

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;
use tyokyky::ValidationOptions;
use tyokyky::document::{Document, validate_json};
use tyokyky::rules::ValidationLimits;
use tyokyky::service::build::sample;
use tyokyky::strategies::identity_code;
use tyokyky::{ClientId, Lang, Report, ServiceModels};

fn cases() -> u32 {
    std::env::var("TYOKYKY_LEAK_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(192)
}

/// The forms a code is typed in: as issued, lower case, with another separator, without
/// one, inside longer text.
fn variant(code: &str, form: usize) -> String {
    let (date, rest) = code.split_at(6);
    let (_, tail) = rest.split_at(1);
    match form % 6 {
        0 => code.to_owned(),
        1 => code.to_lowercase(),
        2 => format!("{date}_{tail}"),
        3 => format!("{date}{tail}"),
        4 => format!("x{}y", code.to_lowercase()),
        _ => format!("note {date}.{tail} end"),
    }
}

/// The telltale parts of `code`: the birth date with the individual number, and the
/// individual number with the check character.
fn telltales(code: &str) -> [String; 2] {
    let upper = code.to_uppercase();
    [
        format!("{}{}", &upper[..6], &upper[7..10]),
        upper[7..11].to_owned(),
    ]
}

fn leaks(output: &str, code: &str) -> bool {
    // The separators a person types inside a code are dropped ("903-2" reads "9032");
    // anything else (spaces, quotes, brackets, JSON's punctuation) breaks a run, so a
    // column number 923 followed by `},"field"` does not read as "923F".
    let flat: String = output
        .to_uppercase()
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | '.' | '+' | '/'))
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let [date_and_number, number_and_check] = telltales(code);
    // The individual number with its check character counts when no digit precedes it:
    // flattened, a column number such as 4904 followed by "ERROR" would otherwise read as
    // "904E". Preceded by the birth date it is caught by the first telltale.
    flat.contains(date_and_number.as_str())
        || flat
            .match_indices(number_and_check.as_str())
            .any(|(at, _)| {
                !flat[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit())
            })
}

/// Every string leaf and every object key of `value`, by position.
fn slots(value: &Value, out: &mut Vec<Vec<String>>, at: &mut Vec<String>) {
    match value {
        Value::String(_) | Value::Number(_) | Value::Bool(_) => out.push(at.clone()),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                at.push(index.to_string());
                slots(item, out, at);
                at.pop();
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                // The key itself is a slot too: "@key" names it.
                let mut key_slot = at.clone();
                key_slot.push(format!("@{key}"));
                out.push(key_slot);
                at.push(key.clone());
                slots(item, out, at);
                at.pop();
            }
        }
        Value::Null => {}
    }
}

fn put(value: &mut Value, slot: &[String], text: &str) {
    let Some((last, parents)) = slot.split_last() else {
        return;
    };
    let mut node = value;
    for step in parents {
        node = match node {
            Value::Array(items) => {
                match step.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                    Some(item) => item,
                    None => return,
                }
            }
            Value::Object(fields) => match fields.get_mut(step) {
                Some(item) => item,
                None => return,
            },
            _ => return,
        };
    }
    match (node, last.strip_prefix('@')) {
        (Value::Object(fields), Some(key)) => {
            if let Some(item) = fields.remove(key) {
                fields.insert(text.to_owned(), item);
            }
        }
        (Value::Object(fields), None) => {
            fields.insert(last.clone(), Value::String(text.to_owned()));
        }
        (Value::Array(items), None) => {
            if let Some(item) = last.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                *item = Value::String(text.to_owned());
            }
        }
        _ => {}
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn documents() -> Vec<(&'static str, Value)> {
    let as_of = date(2025, 3, 1);
    let client = ClientId::new("leak-1").expect("id");
    let mut path = sample::multiprofessional_support(client.clone(), date(2024, 1, 8), as_of);
    let wellbeing = sample::wellbeing_group(client.clone(), date(2024, 1, 8), as_of);
    path.enrolments.extend(wellbeing.enrolments);
    path.closure = Some({
        let closure = tyokyky::Closure::new(as_of, tyokyky::Outcome::Other);
        match tyokyky::FreeText::new("moved away").ok() {
            Some(note) => closure.with_note(note),
            None => closure,
        }
    });
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/client/valid/long_term_unemployed.json"
    ))
    .expect("client");
    let model = ServiceModels::defaults()
        .iter()
        .next()
        .map(|spec| serde_json::to_value(spec).expect("spec"))
        .expect("a default model");
    vec![
        ("path", serde_json::to_value(&path).expect("path")),
        ("client", serde_json::from_str(&text).expect("client")),
        ("service_model", model),
    ]
}

/// Everything the crate shows of a document it read through its document API, as one
/// text: no redaction by the test, the crate must do it.
fn outputs(json: &Value) -> String {
    let as_of = date(2025, 3, 1);
    let models = ServiceModels::defaults();
    let limits = ValidationLimits::default();
    let bytes = serde_json::to_vec(json).unwrap_or_default();
    let mut shown = String::new();
    let show_report = |report: &Report, shown: &mut String| {
        shown.push_str(&serde_json::to_string(report).unwrap_or_default());
        for lang in Lang::ALL {
            shown.push_str(&report.to_text(lang));
        }
    };
    match Document::from_slice(&bytes) {
        Ok(document) => {
            shown.push_str(&format!("{document:?}"));
            let report =
                document.validate(&ValidationOptions::new(&models).with_limits(limits), as_of);
            show_report(&report, &mut shown);
            match &document {
                Document::ServicePath(path) => {
                    let due = path.due(as_of);
                    shown.push_str(&serde_json::to_string(&due).unwrap_or_default());
                    for item in &due.items {
                        for lang in Lang::ALL {
                            shown.push_str(&item.message(lang));
                        }
                    }
                }
                Document::Client(client) => {
                    shown.push_str(&client.redacted_json().to_string());
                }
                _ => {}
            }
        }
        Err(error) => {
            shown.push_str(&error.to_string());
            shown.push_str(&format!("{error:?}"));
            show_report(error.report(), &mut shown);
        }
    }
    show_report(
        &validate_json(
            &bytes,
            &ValidationOptions::new(&models).with_limits(limits),
            as_of,
        ),
        &mut shown,
    );
    shown
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn no_output_holds_an_identity_code(
        code in identity_code(),
        form in 0usize..6,
        document in 0usize..3,
        pick in any::<prop::sample::Index>(),
    ) {
        let (kind, mut json) = documents().swap_remove(document);
        let mut all = Vec::new();
        slots(&json, &mut all, &mut Vec::new());
        let slot = all[pick.index(all.len())].clone();
        let code = code.expose().to_owned();
        let typed = variant(&code, form);
        put(&mut json, &slot, &typed);
        let shown = outputs(&json);
        prop_assert!(!leaks(&shown, &code), "{kind} at {slot:?} with {typed:?} leaked: {shown}");
    }
}

#[test]
fn the_campaign_can_fail() {
    // A code shown as it is would be caught: the check is not vacuous.
    assert!(leaks("client 010594Y9032", "010594Y9032"));
    assert!(leaks("ind 903-2", "010594Y9032"));
    assert!(!leaks("client 010594Y****", "010594Y9032"));
    assert!(leaks("id x-9032", "010594Y9032"));
    // A number that merely ends in the same digits is not the code.
    assert!(!leaks("column 49032", "010594Y9032"));
    assert!(!leaks(r#"{"value":903},"2nd""#, "010594Y9032"));
    assert!(leaks("x 010594.903", "010594Y9032"));
}
