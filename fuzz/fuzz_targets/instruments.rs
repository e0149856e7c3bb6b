#![no_main]
//! Any instrument result: read, scored, written and read back exactly; errors free of
//! identity codes.

mod oracle;

use libfuzzer_sys::fuzz_target;
use tyokyky::ValidationLimits;
use tyokyky::document::read_value;
use tyokyky::instrument::InstrumentResult;

fuzz_target!(|bytes: &[u8]| {
    match read_value::<InstrumentResult>(bytes, &ValidationLimits::default()) {
        Ok(result) => {
            let score = serde_json::to_string(&result.score()).unwrap_or_default();
            oracle::no_code("the score", &score);
            let json = serde_json::to_vec(&result).unwrap_or_default();
            let back = read_value::<InstrumentResult>(&json, &ValidationLimits::default());
            assert_eq!(back.ok().as_ref(), Some(&result), "round trip");
        }
        Err(error) => oracle::no_code("the error", &error.to_string()),
    }
});
