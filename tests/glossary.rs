//! The glossary (`docs/glossary.md`) holds one Finnish and one Swedish term per concept.
//! Every label and message the crate exports, and the default models, use its terms and
//! none of the words it rules out.

use std::fs;
use std::path::PathBuf;

struct Row {
    concept: String,
    fi: String,
    sv: String,
    not: Vec<String>,
}

fn glossary() -> Vec<Row> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text = fs::read_to_string(root.join("docs/glossary.md")).expect("docs/glossary.md");
    text.lines()
        .filter(|line| line.starts_with('|') && !line.starts_with("|---"))
        .skip(1)
        .map(|line| {
            let cells: Vec<String> = line
                .trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().to_owned())
                .collect();
            Row {
                concept: cells[0].clone(),
                fi: cells[1].to_lowercase(),
                sv: cells[2].to_lowercase(),
                not: cells[4]
                    .split(',')
                    .map(|word| word.trim().to_lowercase())
                    .filter(|word| !word.is_empty())
                    .collect(),
            }
        })
        .collect()
}

/// Every `"fi"` and `"sv"` text of the exports and the default models, lower case.
fn texts() -> (Vec<String>, Vec<String>) {
    fn walk(value: &serde_json::Value, fi: &mut Vec<String>, sv: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    match (key.as_str(), value) {
                        ("fi", serde_json::Value::String(text)) => fi.push(text.to_lowercase()),
                        ("sv", serde_json::Value::String(text)) => sv.push(text.to_lowercase()),
                        _ => walk(value, fi, sv),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, fi, sv)),
            _ => {}
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let (mut fi, mut sv) = (Vec::new(), Vec::new());
    let mut folders = vec![root.join("exports"), root.join("examples/data/models")];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "json") {
                let json: serde_json::Value =
                    serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("json");
                walk(&json, &mut fi, &mut sv);
            }
        }
    }
    (fi, sv)
}

/// Whether `word` (one or more words) stands as whole words in `text`.
fn has_word(text: &str, word: &str) -> bool {
    let spaced = |s: &str| {
        let mut out: String = s
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        out.insert(0, ' ');
        out.push(' ');
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    format!(" {} ", spaced(text)).contains(&format!(" {} ", spaced(word)))
}

/// Whether `text` uses `term` in any inflected form: each word of the term, less the
/// ending a case or a definite form changes (its last three letters, as in
/// *osatyökykyinen*, *osatyökykyisille*), stands in the text.
fn uses(text: &str, term: &str) -> bool {
    term.split_whitespace().all(|word| {
        let chars: Vec<char> = word.chars().collect();
        let keep = if chars.len() > 5 {
            (chars.len() - 3).max(4)
        } else {
            chars.len()
        };
        let stem: String = chars[..keep].iter().collect();
        text.contains(&stem)
    })
}

#[test]
fn the_glossary_has_the_concepts_the_issue_named() {
    let rows = glossary();
    assert!(rows.len() >= 15, "{} rows", rows.len());
    for concept in [
        "service path",
        "job coach",
        "supported employment",
        "plan review",
    ] {
        assert!(rows.iter().any(|row| row.concept == concept), "{concept}");
    }
}

#[test]
fn the_labels_use_the_glossarys_terms() {
    let (fi, sv) = texts();
    assert!(fi.len() > 300 && sv.len() > 300);
    for row in glossary() {
        assert!(
            fi.iter().any(|text| uses(text, &row.fi)),
            "{}: no Finnish text says {:?}",
            row.concept,
            row.fi
        );
        assert!(
            sv.iter().any(|text| uses(text, &row.sv)),
            "{}: no Swedish text says {:?}",
            row.concept,
            row.sv
        );
        for word in &row.not {
            for text in fi.iter().chain(&sv) {
                assert!(
                    !has_word(text, word),
                    "{}: {text:?} says {word:?}, not the glossary's term",
                    row.concept
                );
            }
        }
    }
}

#[test]
fn whole_words_are_told_apart() {
    assert!(has_word("planens översyn försenad", "översyn"));
    assert!(!has_word("palvelujaksossa", "jaksossa"));
    assert!(has_word("a b c", "b c"));
    assert!(uses(
        "palvelujakso jatkuu palvelupolun päätyttyä",
        "palvelupolku"
    ));
    assert!(uses("servicestigens avslut", "servicestig"));
    assert!(!uses("vägen", "servicestig"));
}
