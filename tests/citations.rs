//! Citations that hold: a rule that cites one of the five source documents checks a model
//! that source describes, and every law section the crate's code and README cite is one
//! the source list names for that law.

use std::fs;
use std::path::{Path, PathBuf};

use tyokyky::source::{SOURCES, SourceKind, cited_in};
use tyokyky::strategies::ViolatingDocument;
use tyokyky::strategies::violations::violation_cases;

/// The source documents a citation names.
fn documents(citation: &str) -> Vec<&'static str> {
    cited_in(citation)
        .into_iter()
        .filter(|source| source.kind == SourceKind::SourceDocument)
        .map(|source| source.id)
        .collect()
}

/// For each rule broken on a service path, the models of the enrolments its findings
/// point into: a rule citing source documents cites at least one the model cites too.
/// (The cadence, theme and measurement rules check whatever model is loaded: they cite
/// the spec, and the model's own source is the model's.)
#[test]
fn a_rule_citing_a_source_document_checks_a_model_of_that_document() {
    let mut checked = 0;
    for case in violation_cases() {
        let cited = documents(case.code.info().source);
        if cited.is_empty() {
            continue;
        }
        let violation = case.breaking();
        let path = match &violation.document {
            ViolatingDocument::Path(path) | ViolatingDocument::PathWithClient(path, _) => path,
            _ => continue,
        };
        let report = violation.validate();
        for finding in report.with_code(case.code) {
            let pointer = finding.path().to_string();
            let Some(index) = pointer
                .strip_prefix("/enrolments/")
                .and_then(|rest| rest.split('/').next())
                .and_then(|index| index.parse::<usize>().ok())
            else {
                continue;
            };
            let enrolment = &path.enrolments[index];
            let model = &enrolment.model;
            let Some(spec) = violation.models.get(model) else {
                continue;
            };
            let mut model_cites = documents(&spec.source);
            // A work-activity placement is OsKu's, whatever service frames it.
            if enrolment.work_activity.is_some() {
                model_cites.push("osku");
            }
            assert!(
                cited.iter().any(|id| model_cites.contains(id)),
                "{}: cites {cited:?}, but checks {} which cites {model_cites:?}",
                case.code,
                model.as_str()
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} findings checked");
}

/// The same over the example and practice paths, read on a day after all of them, so
/// every model meets the rules its records raise.
#[test]
fn the_example_paths_raise_rules_of_their_models_sources() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let models = tyokyky::ServiceModels::defaults();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let mut checked = 0;
    for folder in ["paths", "practice"] {
        for entry in fs::read_dir(root.join(folder)).expect("dir").flatten() {
            let file = entry.path();
            if file.extension().is_none_or(|ext| ext != "json") {
                continue;
            }
            let text = fs::read_to_string(&file).expect("read");
            let path: tyokyky::ServicePath = serde_json::from_str(&text).expect("a path");
            for finding in path.validate(as_of).findings() {
                let cited = documents(finding.code().info().source);
                let pointer = finding.path().to_string();
                let Some(index) = pointer
                    .strip_prefix("/enrolments/")
                    .and_then(|rest| rest.split('/').next())
                    .and_then(|index| index.parse::<usize>().ok())
                else {
                    continue;
                };
                if cited.is_empty() {
                    continue;
                }
                let enrolment = &path.enrolments[index];
                let spec = models.get(&enrolment.model).expect("a default model");
                let mut model_cites = documents(&spec.source);
                if enrolment.work_activity.is_some() {
                    model_cites.push("osku");
                }
                assert!(
                    cited.iter().any(|id| model_cites.contains(id)),
                    "{}: {} cites {cited:?} on {}",
                    file.display(),
                    finding.code(),
                    enrolment.model.as_str()
                );
                checked += 1;
            }
        }
    }
    // Most path rules cite the spec in use; the requirement rules cite their documents.
    assert!(checked >= 3, "only {checked} findings checked");
}

/// Every `189/2001 §13`-style citation in the source code and the README names a law the
/// source list holds and a section its note names, so a stray `§13a` cannot creep back.
#[test]
fn every_cited_law_section_is_one_the_source_list_names() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    collect(&root.join("src"), &mut files);
    let mut cited = 0;
    for file in &files {
        let text = fs::read_to_string(file).expect("read");
        for (law, section) in law_sections(&text) {
            let source = SOURCES
                .iter()
                .find(|s| s.kind == SourceKind::Law && s.identifier == Some(law.as_str()))
                .or_else(|| {
                    // An amending or enacting act is named in its law's note.
                    SOURCES.iter().find(|s| {
                        s.kind == SourceKind::Law && s.note.contains(&format!("{law} §{section}"))
                    })
                });
            let Some(source) = source else {
                panic!("{}: {law} §{section} is no listed law", file.display());
            };
            let named = source.note.contains(&format!("§{section}"))
                || source.note.contains(&format!("{law} §{section}"));
            assert!(
                named,
                "{}: {law} §{section} is not a section the source list names for {}",
                file.display(),
                source.id
            );
            cited += 1;
        }
    }
    assert!(cited >= 10, "only {cited} citations found");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// `(law, section)` for every `NNN/YYYY §S` or `NNN/YYYY § S` in `text`.
fn law_sections(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find('§') {
        let section_at = from + at;
        from = section_at + '§'.len_utf8();
        // The law number just before: "189/2001 §" or "189/2001§".
        let before = text[..section_at].trim_end();
        let law: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == '/')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if !law.contains('/') || law.starts_with('/') || law.ends_with('/') {
            continue;
        }
        let after = text[from..].trim_start_matches(['§', ' ']);
        let section: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if !section.is_empty() && section.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            found.push((law, section));
        }
    }
    found
}
