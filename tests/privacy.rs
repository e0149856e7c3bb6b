//! A personal identity code never appears in `Debug`, `Display`, an error or a report.

use chrono::NaiveDate;
use tyokyky::{Client, ClientId, LabourMarketStatus, Lang, PersonalIdentityCode};

/// The part of each code that its redacted form hides.
const CODES: [(&str, &str); 3] = [
    ("131052-308T", "308T"),
    ("010594Y9032", "9032"),
    ("290200A002C", "002C"),
];

fn assert_hidden(shown: &str, hidden: &str, what: &str) {
    assert!(
        !shown.contains(hidden),
        "{what} reveals an identity code: {shown}"
    );
}

fn client_with(code: &str) -> Client {
    let mut client = Client::new(
        ClientId::new("privacy-1").expect("id"),
        LabourMarketStatus::Employed,
    );
    client.identity_code = Some(code.parse().expect("valid code"));
    // Disagree with the code, so the report has a finding about it.
    client.birth_date = NaiveDate::from_ymd_opt(1970, 1, 1);
    client
}

#[test]
fn debug_and_display_of_every_type_holding_a_code_are_redacted() {
    for (code, hidden) in CODES {
        let parsed: PersonalIdentityCode = code.parse().expect("valid");
        assert_hidden(&format!("{parsed}"), hidden, "Display");
        assert_hidden(&format!("{parsed:?}"), hidden, "Debug");
        assert_hidden(
            &format!("{}", parsed.redacted()),
            hidden,
            "redacted Display",
        );
        assert_hidden(
            &format!("{:?}", parsed.redacted()),
            hidden,
            "redacted Debug",
        );
        let client = client_with(code);
        assert_hidden(&format!("{client:?}"), hidden, "Client Debug");
        assert_hidden(&format!("{client:#?}"), hidden, "Client pretty Debug");
        assert!(format!("{client:?}").contains(parsed.redacted().as_str()));
    }
}

#[test]
fn reports_never_contain_a_code() {
    for (code, hidden) in CODES {
        let report =
            client_with(code).validate(NaiveDate::from_ymd_opt(2024, 6, 30).expect("date"));
        assert!(!report.is_empty());
        assert_hidden(&format!("{report:?}"), hidden, "Report Debug");
        assert_hidden(
            &serde_json::to_string(&report).expect("json"),
            hidden,
            "Report JSON",
        );
        for lang in Lang::ALL {
            assert_hidden(&report.to_text(lang), hidden, "Report text");
        }
        for finding in &report {
            assert_hidden(&finding.to_string(), hidden, "Finding Display");
        }
    }
}

#[test]
fn errors_never_contain_a_code() {
    // A wrong check character, and a code hidden inside a client id.
    let error = "131052-308U"
        .parse::<PersonalIdentityCode>()
        .expect_err("invalid");
    assert_hidden(&format!("{error} {error:?}"), "131052", "IdentityCodeError");
    let error = ClientId::new("id-131052-308T").expect_err("contains a code");
    assert_hidden(&format!("{error} {error:?}"), "308T", "IdError");
    // Deserialization errors of an invalid code in its own field.
    let json = r#"{"schema_version":1,"id":"c","labour_market_status":"student","identity_code":"131052-308U"}"#;
    let error = serde_json::from_str::<Client>(json).expect_err("invalid code");
    assert_hidden(&error.to_string(), "131052", "serde error");
}

#[test]
fn serialization_keeps_the_full_code_for_storage() {
    let client = client_with("131052-308T");
    let json = serde_json::to_string(&client).expect("json");
    assert!(json.contains("\"identity_code\":\"131052-308T\""));
}
