#![no_main]
//! Each document kind: parse, validate, plan, render in three languages, draw (a path,
//! and a client record path by path), and read back what was written. No panic, the round trip is exact, and no identity code leaks
//! into any output.

mod oracle;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use tyokyky::document::read_and_validate;
use tyokyky::{Document, Lang, ValidationOptions};

fuzz_target!(|bytes: &[u8]| {
    let as_of = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap_or_default();
    let options = ValidationOptions::default();
    let models = options.models;
    let validated = read_and_validate(bytes, &options, as_of);
    for lang in Lang::ALL {
        oracle::no_code("the report", &validated.report.to_text(lang));
    }
    let Some(document) = validated.document else {
        return;
    };
    oracle::no_code("Debug", &format!("{document:?}"));
    match &document {
        Document::ServicePath(path) => {
            let due = path.due_with(&options, as_of);
            for lang in Lang::ALL {
                for item in &due {
                    oracle::no_code("a due item", &item.message(lang));
                }
                let svg = tyokyky::timeline::timeline(
                    path,
                    &validated.report,
                    &due,
                    &models,
                    as_of,
                    lang,
                );
                oracle::no_code("the picture", &svg);
            }
            let json = serde_json::to_vec(path).unwrap_or_default();
            match Document::from_slice(&json) {
                Ok(Document::ServicePath(back)) => assert_eq!(&back, path, "round trip"),
                other => panic!("a written path does not read back: {other:?}"),
            }
        }
        Document::Client(client) => {
            oracle::no_code("the redacted client", &client.redacted_json().to_string());
            let json = serde_json::to_vec(client).unwrap_or_default();
            match Document::from_slice(&json) {
                Ok(Document::Client(back)) => assert_eq!(&back, client, "round trip"),
                other => panic!("a written client does not read back: {other:?}"),
            }
        }
        Document::ClientRecord(record) => {
            let due = record.due_with(&options, as_of);
            for lang in Lang::ALL {
                for item in &due {
                    oracle::no_code("a record's due item", &item.message(lang));
                }
                let svg = tyokyky::timeline::record_timeline(record, &options, as_of, lang);
                oracle::no_code("a record's picture", &svg);
            }
        }
        _ => {}
    }
});
