//! The picture of a path: one committed SVG per example path (a snapshot each, rewritten
//! by `TYOKYKY_BLESS=1 cargo test --all-features --test timeline`), markers that agree
//! with the report, escaping, bounds and growth.
#![cfg(feature = "svg")]

mod bless;

use std::fs;
use std::path::PathBuf;

use chrono::NaiveDate;
use tyokyky::ValidationOptions;
use tyokyky::document::Document;
use tyokyky::service::build::sample;
use tyokyky::timeline::{record_timeline, timeline, write_record_timeline, write_timeline};
use tyokyky::{ClientId, Event, Lang, ServiceModels, ServicePath, Severity};

fn data(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(file)
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 1).expect("date")
}

fn read_path(file: &str) -> ServicePath {
    let bytes = fs::read(data(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    match Document::from_slice(&bytes) {
        Ok(Document::ServicePath(path)) => path,
        other => panic!("{file}: {other:?}"),
    }
}

fn draw(path: &ServicePath, as_of: NaiveDate, lang: Lang) -> String {
    let models = ServiceModels::defaults();
    let report = path.validate_with(&ValidationOptions::new(&models), as_of);
    let due = path.due_with(&ValidationOptions::new(&models), as_of);
    let svg = timeline(path, &report, &due, &models, as_of, lang);
    // The bytes a service sends are the picture's, after whatever the buffer held.
    let mut bytes = b"HTTP body: ".to_vec();
    write_timeline(path, &report, &due, &models, as_of, lang, &mut bytes);
    assert_eq!(bytes.strip_prefix(b"HTTP body: "), Some(svg.as_bytes()));
    svg
}

/// The example paths and the picture of each, as the crate draws them.
fn pictures() -> Vec<(String, String)> {
    let mut pictures = Vec::new();
    let mut files: Vec<_> = fs::read_dir(data("paths"))
        .expect("paths/")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".json"))
        .collect();
    files.sort();
    for file in files {
        let path = read_path(&format!("paths/{file}"));
        let stem = file.trim_end_matches(".json");
        pictures.push((
            format!("timelines/{stem}.svg"),
            draw(&path, as_of(), Lang::Fi),
        ));
    }
    // Ordinary casework in its third month, in Swedish: a sick week and a hospital
    // stay shaded, what is due next, and a span short enough for ISO weeks.
    pictures.push((
        "timelines/casework_sv.svg".to_owned(),
        draw(&casework(), casework_as_of(), Lang::Sv),
    ));
    // The README's picture, in English, mid-way through the path.
    let path = read_path("paths/violations_mapping_and_coaching.json");
    let mid = NaiveDate::from_ymd_opt(2024, 5, 15).expect("date");
    pictures.push((
        "timelines/readme_en.svg".to_owned(),
        draw(&path, mid, Lang::En),
    ));
    pictures
}

fn casework_as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 3, 20).expect("date")
}

/// A mapping-and-coaching path in its third month with a sick week, and a hospital stay
/// (an interruption) the client is back from.
fn casework() -> ServicePath {
    let day = |month, day| NaiveDate::from_ymd_opt(2024, month, day).expect("date");
    let mut path = sample::mapping_and_coaching(
        ClientId::new("demo-7").expect("id"),
        day(1, 8),
        casework_as_of(),
    );
    let events = &mut path.enrolments[0].events;
    events.push(Event::absence(
        day(2, 5),
        day(2, 9),
        tyokyky::AbsenceReason::Sickness,
    ));
    let stay: Vec<Event> = serde_json::from_value(serde_json::json!([
        {"type": "interruption", "date": "2024-02-26", "reason": "hospital_treatment"},
        {"type": "restart", "date": "2024-03-04"}
    ]))
    .expect("events");
    events.extend(stay);
    events.sort_by_key(Event::date);
    path
}

#[test]
fn the_casework_picture_shows_weeks_days_away_and_what_is_due() {
    let svg = draw(&casework(), casework_as_of(), Lang::Sv);
    assert!(svg.contains(">W06<"), "ISO weeks on the axis");
    assert_eq!(svg.matches("class=\"away\"").count(), 2, "{svg}");
    assert!(svg.contains("sjukdom") && svg.contains("sjukhusvård"));
    assert!(svg.contains("class=\"due\""), "what is due next");
}

#[test]
fn the_committed_pictures_are_the_drawn_ones() {
    bless::check(
        pictures().into_iter().map(|(file, svg)| (data(&file), svg)),
        "TYOKYKY_BLESS=1 cargo test --all-features --test timeline",
    );
}

#[test]
fn the_markers_agree_with_the_report_and_the_picture_is_accessible() {
    let path = read_path("paths/violations_rehabilitative_work_activity.json");
    let models = ServiceModels::defaults();
    let report = path.validate_with(&ValidationOptions::new(&models), as_of());
    let due = path.due(as_of());
    let svg = timeline(&path, &report, &due, &models, as_of(), Lang::Sv);
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let name = serde_json::to_value(severity).expect("json");
        let name = name.as_str().expect("text");
        let drawn = svg.matches(&format!("data-severity=\"{name}\"")).count();
        let reported = report.iter().filter(|f| f.severity() == severity).count();
        assert_eq!(drawn, reported, "{name}");
    }
    assert!(report.iter().any(|f| f.severity() == Severity::Error));
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""));
    assert!(
        svg.contains("<title id=\"timeline-title\">")
            && svg.contains("<desc id=\"timeline-desc\">")
    );
    // Each finding's marker holds its code and its message in the language asked.
    let first = report.iter().next().expect("a finding");
    assert!(svg.contains(first.code().as_str()));
    assert!(
        svg.contains(
            &first
                .message(Lang::Sv)
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        )
    );
    assert_eq!(
        svg,
        timeline(&path, &report, &due, &models, as_of(), Lang::Sv),
        "deterministic"
    );
}

#[test]
fn text_from_a_model_is_escaped_by_the_writer() {
    let mut models = ServiceModels::defaults();
    let mut spec = models
        .get(&tyokyky::Key::new("wellbeing_group").expect("key"))
        .expect("model")
        .clone();
    spec.name = tyokyky::LocalizedText::new("<script>alert(1)</script> & \"x\"", "s", "e");
    models.insert(spec).expect("spec");
    let start = NaiveDate::from_ymd_opt(2024, 9, 2).expect("date");
    let path = sample::wellbeing_group(ClientId::new("demo-1").expect("id"), start, as_of());
    let report = path.validate_with(&ValidationOptions::new(&models), as_of());
    let svg = timeline(
        &path,
        &report,
        &path.due(as_of()),
        &models,
        as_of(),
        Lang::Fi,
    );
    assert!(!svg.contains("<script>"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
}

#[test]
fn a_path_over_the_limits_gets_a_placeholder_not_a_picture() {
    let mut path = ServicePath::new(ClientId::new("demo-1").expect("id"));
    let start = NaiveDate::from_ymd_opt(2024, 1, 8).expect("date");
    for _ in 0..1001 {
        path.enrolments.push(tyokyky::Enrolment::new(
            tyokyky::Key::new("wellbeing_group").expect("key"),
            start,
        ));
    }
    let svg = draw(&path, as_of(), Lang::En);
    assert!(svg.contains("class=\"placeholder\""), "{svg}");
    assert!(svg.len() < 4_000, "{} bytes", svg.len());
}

/// A year of work-activity days, `days` of them, on one enrolment.
fn long_path(days: usize) -> ServicePath {
    let start = NaiveDate::from_ymd_opt(2000, 1, 3).expect("date");
    let mut path =
        sample::rehabilitative_work_activity(ClientId::new("demo-1").expect("id"), start, start);
    let events = &mut path.enrolments[0].events;
    for day in 0..days {
        events.push(Event::work_activity_day(
            start + chrono::Duration::days(day as i64),
            240,
        ));
    }
    path
}

#[test]
fn the_picture_grows_with_the_events_and_stays_bounded() {
    let as_of = NaiveDate::from_ymd_opt(2000, 6, 30).expect("date");
    let small = draw(&long_path(1_000), as_of, Lang::Fi).len();
    let large = draw(&long_path(10_000), as_of, Lang::Fi).len();
    assert!(
        large <= small * 12,
        "{small} → {large} bytes for 10× the events"
    );
    // A document of about a megabyte draws under two.
    let path = long_path(20_000);
    let document = serde_json::to_vec(&path).expect("json").len();
    let svg = draw(&path, as_of, Lang::Fi).len();
    assert!(document > 900_000, "{document}");
    assert!(
        svg < 2_000_000,
        "{svg} bytes for a {document}-byte document"
    );
    // The marks past the budget are counted in a note, not drawn.
    let picture = draw(&path, as_of, Lang::En);
    assert!(picture.contains("class=\"left-out\""));
    assert!(picture.matches("<use").count() <= tyokyky::timeline::MAX_MARKS + 9);
}

/// The axis's ticks depend on the width, not on the calendar: a path with one event in
/// 1012 and one in 8435 (the fuzzer's) drew 89 000 monthly ticks, 12.8 MB of SVG.
#[test]
fn a_span_of_millennia_draws_a_handful_of_ticks() {
    let as_of = NaiveDate::from_ymd_opt(2025, 3, 1).expect("date");
    let start = NaiveDate::from_ymd_opt(2024, 1, 8).expect("date");
    let mut path =
        sample::rehabilitative_work_activity(ClientId::new("demo-1").expect("id"), start, as_of);
    let ordinary = draw(&path, as_of, Lang::Fi).len();
    for year in [1012, 8435] {
        let date = NaiveDate::from_ymd_opt(year, 1, 8).expect("date");
        path.enrolments[0]
            .events
            .push(Event::work_activity_day(date, 240));
    }
    let svg = draw(&path, as_of, Lang::Fi);
    assert!(
        svg.len() < ordinary + 20_000,
        "{} bytes against {ordinary} for the same path in one year",
        svg.len()
    );
    // The axis: its lines and labels, a label per tick.
    let axis = svg
        .split("<g class=\"axis\">")
        .nth(1)
        .and_then(|rest| rest.split("</g></g>").next())
        .expect("an axis");
    let ticks = axis.matches("<text").count();
    assert!((2..100).contains(&ticks), "{ticks} ticks");
    assert_eq!(axis.matches('M').count(), ticks, "a line per tick");
}

/// The `id="…"` values of `svg`, and the ids its `href="#…"` name.
fn ids_and_references(svg: &str) -> (Vec<&str>, Vec<&str>) {
    let values = |marker: &str| -> Vec<&str> {
        svg.split(marker)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect()
    };
    (values(" id=\""), values("href=\"#"))
}

#[test]
fn a_client_record_is_drawn_path_by_path_with_ids_of_its_own() {
    let start = NaiveDate::from_ymd_opt(2024, 1, 8).expect("date");
    let mut client = tyokyky::Client::new(
        ClientId::new("demo-7").expect("id"),
        tyokyky::LabourMarketStatus::UnemployedJobseeker,
    );
    // Work of the client's own: the path of rehabilitative work activity is flagged
    // (a rule that needs the client); no birth date: the client is flagged too.
    client
        .own_activities
        .push(tyokyky::situation::OwnActivity::work(
            NaiveDate::from_ymd_opt(2024, 3, 1).expect("date"),
            20,
        ));
    let paths = vec![
        sample::wellbeing_group(client.id.clone(), start, as_of()),
        sample::rehabilitative_work_activity(client.id.clone(), start, as_of()),
        sample::mapping_and_coaching(client.id.clone(), start, as_of()),
    ];
    let record = tyokyky::document::ClientRecord::new(client, paths.clone());
    let options = ValidationOptions::default();
    for lang in Lang::ALL {
        let svg = record_timeline(&record, &options, as_of(), lang);
        let mut bytes = b"prefix".to_vec();
        write_record_timeline(&record, &options, as_of(), lang, &mut bytes);
        assert_eq!(bytes.strip_prefix(b"prefix"), Some(svg.as_bytes()));
        assert_eq!(svg.matches(r#"<g class="path""#).count(), paths.len());
        // Every id once in the document, every reference to one of them.
        let (ids, references) = ids_and_references(&svg);
        let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "an id twice");
        assert!(references.iter().all(|id| unique.contains(id)));
        assert!(!references.is_empty());
        // Each path's picture is the one drawn of it alone with its report as the record
        // makes it, its ids prefixed and its markers numbered on from the path before.
        let models = ServiceModels::defaults();
        let mut first = record.client.validate_with(&options, as_of()).len();
        let mut markers = first;
        for (index, path) in paths.iter().enumerate() {
            let report = path.validate_for(&record.client, &options, as_of());
            let due = path.due_with(&options, as_of());
            let alone = timeline(path, &report, &due, &models, as_of(), lang);
            let prefix = format!("path-{index}-");
            let mut prefixed = alone
                .replace(" id=\"", &format!(" id=\"{prefix}"))
                .replace("href=\"#", &format!("href=\"#{prefix}"))
                .replace(
                    "aria-labelledby=\"timeline-title timeline-desc\"",
                    &format!("aria-labelledby=\"{prefix}timeline-title {prefix}timeline-desc\""),
                );
            // From the last, so that `finding-1` is not read inside `finding-12`.
            for at in (0..report.len()).rev() {
                prefixed = prefixed.replace(
                    &format!("id=\"{prefix}finding-{at}\""),
                    &format!("id=\"finding-{}\"", first + at),
                );
            }
            assert!(svg.contains(&prefixed), "path {index} in {lang:?}");
            first += report.len();
            markers += report.len();
        }
        // One marker per finding of the record's report, named by its place in it.
        let whole = record.validate(&options, as_of());
        assert_eq!(whole.len(), markers);
        let under = |root: &str| whole.iter().any(|f| f.path().as_str().starts_with(root));
        assert!(under("/client") && under("/paths/1/"), "{whole:?}");
        // The record's description sums up its findings and what is due, as a path's does.
        if lang == Lang::En {
            let of = |severity: Severity| whole.iter().filter(|f| f.severity() == severity).count();
            let due = record.due_with(&options, as_of()).items.len();
            let desc = format!(
                "<desc id=\"record-desc\">3 service paths, as of 2025-03-01. Findings: {} errors, {} warnings, {} info. Due: {due}.</desc>",
                of(Severity::Error),
                of(Severity::Warning),
                of(Severity::Info)
            );
            assert!(svg.contains(&desc), "{desc}");
            assert!(svg.contains(r#"aria-labelledby="record-title record-desc""#));
        }
        for (at, finding) in whole.iter().enumerate() {
            let tag = format!(
                r#"<g id="finding-{at}" class="finding" data-severity="{}" data-code="{}""#,
                serde_json::to_value(finding.severity())
                    .expect("severity")
                    .as_str()
                    .unwrap_or(""),
                finding.code()
            );
            assert!(svg.contains(&tag), "{tag}");
        }
    }
}

#[test]
fn a_record_of_many_paths_draws_a_bounded_picture() {
    let client = tyokyky::Client::new(
        ClientId::new("demo-8").expect("id"),
        tyokyky::LabourMarketStatus::UnemployedJobseeker,
    );
    // Dense paths: their marks together pass the picture's budget.
    let path = long_path(600);
    let many = tyokyky::timeline::MAX_RECORD_PATHS + 20;
    let record = tyokyky::document::ClientRecord::new(client, vec![path; many]);
    let svg = record_timeline(&record, &ValidationOptions::default(), as_of(), Lang::En);
    assert_eq!(
        svg.matches(r#"<g class="path""#).count(),
        tyokyky::timeline::MAX_RECORD_PATHS
    );
    assert!(svg.contains("20 service paths left out"), "no note");
    assert!(
        svg.contains("marks left out"),
        "the marks are not counted over the record"
    );
    assert!(svg.len() < 2_000_000, "{} bytes", svg.len());
}
