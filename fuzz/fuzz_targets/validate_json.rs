#![no_main]
//! Any bytes through the headline call: no panic, and no identity code in the report in
//! any language.

mod oracle;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use tyokyky::{Lang, ValidationOptions, validate_json};

fuzz_target!(|bytes: &[u8]| {
    let as_of = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap_or_default();
    let report = validate_json(bytes, &ValidationOptions::default(), as_of);
    for lang in Lang::ALL {
        let json = serde_json::to_string(&report.in_language(lang)).unwrap_or_default();
        oracle::no_code("the report", &json);
    }
});
