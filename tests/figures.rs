//! Every figure of the law, of the sources' practice and every derived default is declared
//! once, as dated values with their basis (`tyokyky::figure`); no copy of a number stands
//! in the default models or in a rule.

use std::path::{Path, PathBuf};

use tyokyky::figure::{self, BasisKind};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The source files the declarations must be read from: the default models and every
/// file that declares rules.
fn checked_files() -> Vec<PathBuf> {
    let mut files = vec![root().join("src/service/spec/models.rs")];
    for dir in ["src/rules/path", "src/rules/client"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .expect("rules directory")
            .map(|entry| entry.expect("entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
            .collect();
        found.sort();
        files.extend(found);
    }
    files.push(root().join("src/rules/report.rs"));
    files.push(root().join("src/document/problem.rs"));
    files
}

/// The code of a line: without its comment and with string literals emptied.
fn code_of(line: &str) -> String {
    let mut code = String::new();
    let mut chars = line.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        match (in_string, c) {
            (true, '\\') => {
                chars.next();
            }
            (true, '"') => {
                in_string = false;
                code.push('"');
            }
            (true, _) => {}
            (false, '"') => {
                in_string = true;
                code.push('"');
            }
            (false, '/') if chars.peek() == Some(&'/') => break,
            (false, _) => code.push(c),
        }
    }
    code
}

/// The whole numbers of 2 or more standing alone in `code` (not part of a name, a float,
/// or an array type's length `[T; N]`).
fn numbers(code: &str) -> Vec<u64> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Not part of a name, a float's fraction or a tuple field (`pair.2`).
        let starts = bytes[i].is_ascii_digit()
            && (i == 0
                || !(bytes[i - 1].is_ascii_alphanumeric()
                    || bytes[i - 1] == b'_'
                    || bytes[i - 1] == b'.'));
        if !starts {
            i += 1;
            continue;
        }
        let begin = i;
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'_') {
            i += 1;
        }
        let array_length =
            code[..begin].trim_end().ends_with(';') && code[i..].trim_start().starts_with(']');
        let float = bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if let Ok(value) = code[begin..i].replace('_', "").parse::<u64>()
            && value >= 2
            && !array_length
            && !float
        {
            found.push(value);
        }
    }
    found
}

/// Each stray number of a file: its line and value, up to its test module.
fn strays(path: &Path) -> Vec<(usize, u64)> {
    let text = std::fs::read_to_string(path).expect("source");
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        for value in numbers(&code_of(line)) {
            found.push((number + 1, value));
        }
    }
    found
}

/// Numbers that are no figure of a rule, each with the reason.
const NOT_FIGURES: &[(&str, u64, &str)] = &[
    (
        "src/document/value_problem.rs",
        240,
        "the longest serde error detail a finding quotes: a display limit, not a figure a rule judges by",
    ),
    (
        "src/document/problem.rs",
        4000,
        "the longest list of a field's options a finding quotes: a display limit",
    ),
];

#[test]
fn no_figure_is_written_outside_its_declaration() {
    let mut found = Vec::new();
    for path in checked_files() {
        let name = path
            .strip_prefix(root())
            .unwrap_or(&path)
            .display()
            .to_string();
        for (line, value) in strays(&path) {
            if NOT_FIGURES
                .iter()
                .any(|(file, number, _)| *file == name && *number == value)
            {
                continue;
            }
            found.push(format!("{name}:{line}: {value}"));
        }
    }
    assert!(
        found.is_empty(),
        "numbers written outside their declaration (declare each as a figure in \
         src/figure and read it from there): {found:#?}"
    );
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    // The check above would pass on an empty scan: show that it sees a copy.
    assert_eq!(numbers(&code_of("max_count: Some(4), // at most 4")), [4]);
    assert_eq!(numbers(&code_of(r#"min: 240, text: "30 days""#)), [240]);
    assert_eq!(
        numbers(&code_of("const IDS: [&str; 6] = [a, b];")),
        Vec::<u64>::new()
    );
    assert_eq!(
        numbers(&code_of("x.saturating_add(1) + y2 + 0.5")),
        Vec::<u64>::new()
    );
    assert_eq!(numbers(&code_of("limit: 16 * 1024")), [16, 1024]);
}

#[test]
fn every_figure_is_well_formed() {
    let mut ids = std::collections::BTreeSet::new();
    for figure in figure::all() {
        let entry = figure.entry();
        assert!(ids.insert(entry.id.clone()), "{} twice", entry.id);
        assert!(!entry.values.is_empty(), "{}: no value", entry.id);
        for pair in entry.values.windows(2) {
            let (Some(a), Some(b)) = (pair[0].from, pair[1].from) else {
                panic!(
                    "{}: only the first value may hold from the earliest date",
                    entry.id
                );
            };
            assert!(a < b, "{}: values out of date order", entry.id);
            assert!(
                pair[0].until.is_none_or(|until| until < b),
                "{}: values overlap",
                entry.id
            );
        }
        for value in &entry.values {
            let basis = &value.basis;
            assert!(
                !basis.citation.is_empty() && !basis.note.is_empty(),
                "{}",
                entry.id
            );
            if basis.kind != BasisKind::Derived {
                // A figure of the law or a source names a source a reader can open.
                assert!(
                    !tyokyky::source::cited_in(&basis.citation).is_empty()
                        || basis.citation.contains("municipal guidance")
                        || basis.citation.contains("government proposal"),
                    "{}: {} names no listed source",
                    entry.id,
                    basis.citation
                );
            }
            // No file name of ours: a figure is cited by its public title.
            assert!(
                !basis.citation.contains(".txt") && !basis.citation.contains(".md"),
                "{}",
                entry.id
            );
        }
    }
}

#[test]
fn a_model_spec_names_a_figure_by_its_id() {
    let spec = tyokyky::service::spec::models::rehabilitative_work_activity();
    let json = serde_json::to_value(&spec).expect("json");
    let cadence = &json["phases"][0]["cadence"][0];
    assert_eq!(cadence["max_count"], "act_189_2001.max_days_per_week");
    // A municipality's own number is written as a number and read back the same.
    let mut variant = json.clone();
    variant["phases"][0]["cadence"][0]["max_count"] = 3.into();
    let read: tyokyky::ServiceModelSpec = serde_json::from_value(variant).expect("variant");
    assert_eq!(read.phases[0].cadence[0].max_count, Some(3.into()));
    // An id no figure has is refused, at its place.
    let mut unknown = json;
    unknown["phases"][0]["cadence"][0]["max_count"] = "act_189_2001.no_such_figure".into();
    let error =
        serde_json::from_value::<tyokyky::ServiceModelSpec>(unknown).expect_err("unknown figure");
    assert!(error.to_string().contains("declared figure"), "{error}");
}
