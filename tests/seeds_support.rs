//! Multiprofessional work-ability support and IPS job coaching as their sources describe
//! them: each test quotes the sentence it holds the crate to.

use chrono::{Datelike, Days, NaiveDate};
use tyokyky::ValidationOptions;
use tyokyky::service::planner::WorkflowStep;
use tyokyky::service::{build::sample, spec::models};
use tyokyky::{
    AbsenceReason, Client, ClientId, DueKind, Event, EventKind, LabourMarketStatus, Lang,
    Profession, RuleCode, ServiceModels, ServicePath, Severity,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn client() -> ClientId {
    ClientId::new("seed-support-1").expect("id")
}

fn start() -> NaiveDate {
    date(2024, 1, 8)
}

fn multiprofessional(as_of: NaiveDate) -> ServicePath {
    sample::multiprofessional_support(client(), start(), as_of)
}

/// Sets the day of the first event of `kind`.
fn move_first(path: &mut ServicePath, kind: EventKind, to: NaiveDate) {
    if let Some(event) = path.enrolments[0]
        .events
        .iter_mut()
        .find(|event| event.kind() == kind)
    {
        *event = match event.clone() {
            Event::WorkAbilityAssessment { professions, .. } => Event::WorkAbilityAssessment {
                note: None,
                date: to,
                professions,
            },
            Event::Plan { plan, action, .. } => Event::plan(to, plan, action),
            Event::ServiceCoordination { .. } => Event::ServiceCoordination {
                date: to,
                note: None,
            },
            other => other,
        };
    }
}

fn late_steps(path: &ServicePath, as_of: NaiveDate) -> Vec<(Severity, String)> {
    path.validate(as_of)
        .with_code(RuleCode::PATH_WORKFLOW_STEP_LATE)
        .map(|f| (f.severity(), f.message(Lang::En)))
        .collect()
}

/// *OSAKSI-hanke* aims at "Moniammatillinen työkyvyn tuen tiimi ja asiakasvastaava-malli
/// toimii sote-keskuksessa" and "Asiakkaiden palvelupolut rakentuvat koordinoitusti ja
/// ovat suunnitelmallisia"; *Työkykyohjelman laajentaminen, Varsinais-Suomi*: "lisätä
/// sote-keskuksissa osatyökykyisten tunnistamista". The coordinator's workflow runs from
/// the identified need to an assessment and a shared plan.
#[test]
fn the_coordinators_workflow_runs_from_identification_to_a_plan() {
    let as_of = date(2024, 9, 1);
    let path = multiprofessional(as_of);
    let kinds: Vec<EventKind> = path.enrolments[0].events.iter().map(Event::kind).collect();
    for kind in [
        EventKind::NeedIdentified,
        EventKind::Referral,
        EventKind::WorkAbilityAssessment,
        EventKind::Plan,
        EventKind::TeamMeeting,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} missing from the sample");
    }
    let report = path.validate(as_of);
    assert!(report.is_clean(), "{}", report.to_text(Lang::En));
    assert!(late_steps(&path, as_of).is_empty());

    // An assessment 31 days after the identified need is late; 30 is in time.
    let mut late = path.clone();
    move_first(
        &mut late,
        EventKind::WorkAbilityAssessment,
        start() + Days::new(31),
    );
    move_first(&mut late, EventKind::Plan, start() + Days::new(35));
    move_first(
        &mut late,
        EventKind::ServiceCoordination,
        start() + Days::new(42),
    );
    let steps = late_steps(&late, as_of);
    assert_eq!(steps.len(), 1, "{steps:?}");
    assert_eq!(steps[0].0, Severity::Warning);
    assert!(
        steps[0].1.contains("multiprofessional assessment"),
        "{}",
        steps[0].1
    );
    let mut in_time = path.clone();
    move_first(
        &mut in_time,
        EventKind::WorkAbilityAssessment,
        start() + Days::new(30),
    );
    move_first(&mut in_time, EventKind::Plan, start() + Days::new(35));
    move_first(
        &mut in_time,
        EventKind::ServiceCoordination,
        start() + Days::new(42),
    );
    assert!(late_steps(&in_time, as_of).is_empty());

    // A plan made before the assessment is not the shared plan that follows it.
    let mut plan_first = path.clone();
    move_first(&mut plan_first, EventKind::Plan, start() + Days::new(7));
    let steps = late_steps(&plan_first, as_of);
    assert_eq!(steps.len(), 1, "{steps:?}");
    assert!(steps[0].1.contains("shared plan"), "{}", steps[0].1);
    // While the plan is open, the planner lists it as the next step.
    let due = plan_first.due(start() + Days::new(40));
    assert!(
        due.items.iter().any(|item| matches!(&item.what,
            DueKind::WorkflowStep(due) if due.step == WorkflowStep::SharedPlan)),
        "{due:?}"
    );
}

/// A sick fortnight is ordinary casework: the days away do not count against the
/// workflow's days.
#[test]
fn days_away_do_not_count_against_the_workflow() {
    let as_of = date(2024, 9, 1);
    let mut path = multiprofessional(as_of);
    move_first(
        &mut path,
        EventKind::WorkAbilityAssessment,
        start() + Days::new(40),
    );
    move_first(&mut path, EventKind::Plan, start() + Days::new(45));
    move_first(
        &mut path,
        EventKind::ServiceCoordination,
        start() + Days::new(50),
    );
    assert_eq!(late_steps(&path, as_of).len(), 1);
    path.enrolments[0].events.push(Event::Absence {
        note: None,
        date: start() + Days::new(5),
        until: start() + Days::new(18),
        reason: AbsenceReason::Sickness,
        part_day: false,
    });
    let report = path.validate(as_of);
    assert!(
        late_steps(&path, as_of).is_empty(),
        "{}",
        report.to_text(Lang::En)
    );
    assert!(!report.has_errors());
}

/// *Työkykyohjelman laajentaminen, Varsinais-Suomi*: "ammattilaiset, jotka voivat
/// konsultoida asiakkaiden työkyvyn tuen asioissa työkykykoordinaattoria" — consultations
/// are recorded and are ordinary work.
#[test]
fn consultations_of_the_coordinator_are_recorded() {
    let as_of = date(2024, 9, 1);
    let mut path = multiprofessional(as_of);
    path.enrolments[0].events.push(Event::Consultation {
        note: None,
        date: date(2024, 5, 6),
        by: Profession::Psychologist,
    });
    let consultations = path.enrolments[0]
        .events
        .iter()
        .filter(|e| e.kind() == EventKind::Consultation)
        .count();
    assert_eq!(consultations, 2);
    assert!(path.validate(as_of).is_clean());
    let json = serde_json::to_string(&path).expect("json");
    assert!(json.contains(r#""type":"consultation""#));
    let back: ServicePath = serde_json::from_str(&json).expect("read");
    assert_eq!(back, path);
}

/// The team meets about the client when the case needs it: neither source states a
/// rhythm, so the default model owes none; a municipality that follows each client at a
/// monthly meeting opts in with a cadence naming the derived figure
/// `defaults.team_meetings_a_month`, and a month without a meeting is then a warning.
#[test]
fn team_meetings_keep_an_opt_in_rhythm() {
    let as_of = date(2024, 9, 1);
    let mut path = multiprofessional(as_of);
    path.enrolments[0]
        .events
        .retain(|e| !(e.kind() == EventKind::TeamMeeting && e.date().month0() == 3));
    let report = path.validate(as_of);
    assert!(report.is_empty(), "{}", report.to_text(Lang::En));
    // The opt-in, as a municipality writes it in its JSON spec.
    let mut spec = models::multiprofessional_support();
    let cadence: tyokyky::Cadence = serde_json::from_str(
        r#"{"event":"team_meeting","per":"calendar_month","min_count":"defaults.team_meetings_a_month"}"#,
    )
    .expect("a cadence naming the figure");
    spec.phases[0].cadence.push(cadence);
    let mut models = ServiceModels::defaults();
    models.insert(spec).expect("valid spec");
    let report = path.validate_with(&ValidationOptions::new(&models), as_of);
    let gaps: Vec<(Severity, String)> = report
        .with_code(RuleCode::PATH_CADENCE_GAP)
        .map(|f| (f.severity(), f.path().to_string()))
        .collect();
    assert_eq!(gaps.len(), 1, "{}", report.to_text(Lang::En));
    assert_eq!(gaps[0].0, Severity::Warning);
}

/// *OSAKSI-hanke*: "Työssä olevat kuuluvat ensisijaisesti työterveyshuollon piiriin";
/// *Työkykyohjelman laajentaminen, Varsinais-Suomi*: "Kohderyhmänä osatyökykyiset
/// työelämän ulkopuolella olevat asiakkaat".
#[test]
fn the_employed_are_routed_to_occupational_health() {
    let as_of = date(2024, 9, 1);
    let path = multiprofessional(as_of);
    let models = ServiceModels::defaults();
    let outside = |status| {
        path.validate_for(
            &Client::new(client(), status),
            &ValidationOptions::new(&models),
            as_of,
        )
        .with_code(RuleCode::PATH_CLIENT_OUTSIDE_TARGET_GROUP)
        .map(|f| (f.severity(), f.path().to_string()))
        .collect::<Vec<_>>()
    };
    for working in [
        LabourMarketStatus::Employed,
        LabourMarketStatus::PartTimeEmployed,
        LabourMarketStatus::Entrepreneur,
    ] {
        assert_eq!(
            outside(working),
            [(Severity::Warning, "/enrolments/0/model".to_owned())],
            "{working:?}"
        );
    }
    for outside_working_life in [
        LabourMarketStatus::UnemployedJobseeker,
        LabourMarketStatus::SickLeave,
        LabourMarketStatus::Rehabilitation,
    ] {
        assert!(outside(outside_working_life).is_empty());
    }
    let message = path
        .validate_for(
            &Client::new(client(), LabourMarketStatus::Employed),
            &ValidationOptions::new(&models),
            as_of,
        )
        .with_code(RuleCode::PATH_CLIENT_OUTSIDE_TARGET_GROUP)
        .map(|f| f.message(Lang::Fi))
        .collect::<String>();
    assert!(message.contains("työssä"), "{message}");
}

fn ips(as_of: NaiveDate) -> ServicePath {
    sample::ips_job_coaching(client(), start(), as_of)
}

fn job_start_of(path: &ServicePath) -> NaiveDate {
    path.enrolments[0]
        .events
        .iter()
        .find(|e| e.kind() == EventKind::JobStart)
        .map(Event::date)
        .expect("the sample starts a job")
}

/// *Työkykyohjelman laajentaminen, Varsinais-Suomi*: "Kohderyhmänä kuntouttavasta
/// työtoiminnasta avoimille työmarkkinoille haluavat" — the client's own wish for
/// open-market work is recorded before the job search, which follows it.
#[test]
fn the_job_search_follows_the_clients_recorded_preference() {
    let as_of = date(2024, 9, 1);
    let path = ips(as_of);
    assert!(path.validate(as_of).is_clean());
    let without = |path: &ServicePath| {
        path.validate(as_of)
            .with_code(RuleCode::PATH_JOB_SEARCH_WITHOUT_PREFERENCE)
            .map(|f| (f.severity(), f.path().to_string()))
            .collect::<Vec<_>>()
    };
    let contact = path.enrolments[0]
        .events
        .iter()
        .position(|e| e.kind() == EventKind::EmployerContact)
        .expect("contact");
    let contact_day = path.enrolments[0].events[contact].date();
    let mut none = path.clone();
    none.enrolments[0]
        .events
        .retain(|e| e.kind() != EventKind::WorkPreference);
    assert_eq!(
        without(&none),
        [(
            Severity::Warning,
            format!("/enrolments/0/events/{}", contact - 1)
        )]
    );
    // Recorded the day after the first contact: still late; on the same day: in time.
    for (offset, late) in [(1, true), (0, false)] {
        let mut moved = path.clone();
        for event in &mut moved.enrolments[0].events {
            if let Event::WorkPreference { date, .. } = event {
                *date = contact_day + Days::new(offset);
            }
        }
        assert_eq!(!without(&moved).is_empty(), late, "offset {offset}");
    }
}

/// IPS follow-along support: "intensive supports, including in-person contact, on a weekly
/// basis for at least the first month of employment" (the IPS Employment Center's
/// guidance); *Työkykyohjelman laajentaminen, Varsinais-Suomi*: "työhönvalmentajan tuki on
/// olemassa myös työssä käynnin aikana".
#[test]
fn support_is_weekly_in_the_first_month_at_work() {
    let as_of = date(2024, 9, 1);
    let path = ips(as_of);
    let job_start = job_start_of(&path);
    let week_two = (job_start + Days::new(7), job_start + Days::new(13));
    let gaps = |path: &ServicePath| {
        path.validate(as_of)
            .with_code(RuleCode::PATH_FOLLOW_ALONG_GAP)
            .map(|f| f.message(Lang::En))
            .collect::<Vec<_>>()
    };
    assert!(gaps(&path).is_empty());
    let mut quiet_week = path.clone();
    quiet_week.enrolments[0].events.retain(|e| {
        !(e.kind() == EventKind::IndividualMeeting
            && week_two.0 <= e.date()
            && e.date() <= week_two.1)
    });
    let found = gaps(&quiet_week);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("week 2"), "{}", found[0]);
    assert!(!quiet_week.validate(as_of).has_errors());

    // Sick that week: excused, ordinary casework.
    let mut sick = quiet_week.clone();
    sick.enrolments[0].events.push(Event::Absence {
        note: None,
        date: week_two.0,
        until: week_two.1,
        reason: AbsenceReason::Sickness,
        part_day: false,
    });
    assert!(gaps(&sick).is_empty());

    // The job lasts through week 2, ending on its last day: week 2 is still owed.
    let mut through = quiet_week.clone();
    through.enrolments[0].events.push(Event::JobEnd {
        note: None,
        reason: None,
        date: week_two.1,
    });
    assert_eq!(gaps(&through).len(), 1);
    // The job ended after the first week: no weekly support is owed for it after that.
    let mut ended = quiet_week.clone();
    ended.enrolments[0].events.push(Event::JobEnd {
        note: None,
        reason: None,
        date: job_start + Days::new(5),
    });
    assert!(gaps(&ended).is_empty());

    // The client left the service during week 2: that week is not owed.
    let mut left = quiet_week.clone();
    left.enrolments[0].end = Some(week_two.0 + Days::new(2));
    assert!(gaps(&left).is_empty());

    // On the first day at work the planner lists week 1 only; once that week's meeting is
    // held, not even that.
    let follow_along = |path: &ServicePath, on: NaiveDate| {
        path.due(on)
            .items
            .iter()
            .filter_map(|item| match item.what {
                DueKind::FollowAlong(tyokyky::service::planner::FollowAlongDue {
                    week, ..
                }) => Some(week),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    // The path as recorded by each day (the sample keeps what happened by then).
    assert_eq!(follow_along(&ips(job_start), job_start), [1]);
    let friday = path.enrolments[0]
        .events
        .iter()
        .filter(|e| e.kind() == EventKind::IndividualMeeting && e.date() >= job_start)
        .map(Event::date)
        .min()
        .expect("a meeting in the first week");
    assert!(friday <= job_start + Days::new(6));
    assert_eq!(follow_along(&ips(friday), friday), Vec::<u32>::new());

    // While week 2 runs without a meeting, the planner lists it.
    let due = quiet_week.due(week_two.0 + Days::new(2));
    assert!(
        due.items.iter().any(|item| matches!(&item.what,
            DueKind::FollowAlong(due) if due.job_start == job_start && due.week == 2)),
        "{due:?}"
    );
}

/// IPS counts competitive work, and a unit's IPS-25 review is read beside the paths of the
/// clients it coached: "Predictive validity, measured as the correlation between the
/// IPS-25 and site-level employment rate" (Bond et al. 2012).
#[test]
fn a_units_review_is_read_beside_its_clients_competitive_work() {
    use tyokyky::instrument::ips::{IpsFidelity, IpsLevel, IpsScaleVersion};
    use tyokyky::instrument::ips_caseload::{IpsCaseload, IpsReview};
    use tyokyky::{EmploymentKind, Key, Organiser, OrganiserAssignment, OrganiserKind};
    let as_of = date(2024, 12, 1);
    let unit = Key::new("ips_team_salo").expect("key");
    let organised = |mut path: ServicePath, by: &Key| {
        path.enrolments[0].organisers.push(OrganiserAssignment::new(
            Organiser {
                kind: OrganiserKind::WellbeingServicesCounty,
                id: by.clone(),
            },
            start(),
        ));
        path
    };
    let open_market = organised(ips(as_of), &unit);
    let mut subsidised = organised(ips(as_of), &unit);
    for event in &mut subsidised.enrolments[0].events {
        if let Event::JobStart { employment, .. } = event {
            *employment = EmploymentKind::Subsidised;
        }
    }
    let mut no_job = organised(ips(as_of), &unit);
    no_job.enrolments[0]
        .events
        .retain(|e| e.kind() != EventKind::JobStart);
    let elsewhere = organised(ips(as_of), &Key::new("another_unit").expect("key"));
    // No employer contact at all: not a rapid job search.
    let mut no_contact = organised(ips(as_of), &unit);
    no_contact.enrolments[0]
        .events
        .retain(|e| e.kind() != EventKind::EmployerContact && e.kind() != EventKind::JobStart);
    let review = IpsReview::new(
        unit.clone(),
        as_of,
        IpsFidelity::from_ratings(IpsScaleVersion::Ips25, &[4; 25]).expect("ratings"),
    );
    let caseload = IpsCaseload::of(
        &review,
        &[open_market, subsidised, no_job, elsewhere, no_contact],
        &Key::new("ips_job_coaching").expect("key"),
    );
    assert_eq!(caseload.fidelity_total, 100);
    assert_eq!(caseload.fidelity_level, IpsLevel::Good);
    assert_eq!(caseload.clients, 4);
    assert_eq!(caseload.with_preference, 4);
    assert_eq!(caseload.wanting_open_market_work, 4);
    assert_eq!(caseload.rapid_job_search, 3);
    assert_eq!(caseload.competitive_job_starts, 1);
    assert_eq!(caseload.subsidised_job_starts, 1);
    assert_eq!(caseload.clients_in_competitive_work, 1);
    assert_eq!(caseload.percent_in_competitive_work, Some(25));
    // A review covers the 12 months before it: a year later the client, still enrolled,
    // is in the caseload, but the job that started in spring 2024 is outside the period.
    let mut later = review.clone();
    later.date = date(2026, 1, 1);
    // An enrolment that ended before the period, and one the unit handed on before it,
    // are not the unit's clients in the period.
    let mut ended = organised(ips(as_of), &unit);
    ended.enrolments[0].end = Some(date(2024, 12, 31));
    let mut handed_on = organised(ips(as_of), &unit);
    handed_on.enrolments[0].organisers[0].end = Some(date(2024, 12, 31));
    let paths = [organised(ips(as_of), &unit), ended, handed_on];
    let next_year = IpsCaseload::of(&later, &paths, &Key::new("ips_job_coaching").expect("key"));
    assert_eq!(next_year.clients, 1);
    assert_eq!(next_year.competitive_job_starts, 0);
    assert_eq!(next_year.percent_in_competitive_work, Some(0));
}

/// *OSAKSI-hanke*: the programme aims to "Tuottaa tietoa osatyökykyisten työttömien
/// palveluiden ja etuuksien yhteensovittamiseksi", and the project's result is that
/// "Asiakkaiden palvelupolut rakentuvat koordinoitusti ja ovat suunnitelmallisia": after
/// the shared plan the coordinator fits the client's services and benefits together.
#[test]
fn the_coordinator_fits_services_and_benefits_together_after_the_plan() {
    let as_of = date(2024, 9, 1);
    let path = multiprofessional(as_of);
    assert!(
        path.enrolments[0]
            .events
            .iter()
            .any(|e| e.kind() == EventKind::ServiceCoordination)
    );
    let mut without = path.clone();
    without.enrolments[0]
        .events
        .retain(|e| e.kind() != EventKind::ServiceCoordination);
    let steps = late_steps(&without, as_of);
    assert_eq!(steps.len(), 1, "{steps:?}");
    assert_eq!(steps[0].0, Severity::Warning);
    assert!(
        steps[0].1.contains("coordinating services and benefits"),
        "{}",
        steps[0].1
    );
    // While it is open, the planner lists it.
    let due = without.due(start() + Days::new(45));
    assert!(
        due.items.iter().any(|item| matches!(&item.what,
            DueKind::WorkflowStep(due) if due.step == WorkflowStep::Coordination)),
        "{due:?}"
    );
}

/// *OSAKSI-hanke*: "Työssä olevat kuuluvat ensisijaisesti työterveyshuollon piiriin": an
/// employed client is handed to occupational health care, an outcome of its own.
#[test]
fn the_employed_are_handed_to_occupational_health_care() {
    let as_of = date(2024, 9, 1);
    let mut path = multiprofessional(as_of);
    let day = start() + Days::new(60);
    path.enrolments[0].events.retain(|e| e.date() <= day);
    path.enrolments[0].end = Some(day);
    path.enrolments[0].phases[0].end = Some(day);
    path.coordinators.retain(|c| c.start <= day);
    for coordinator in &mut path.coordinators {
        coordinator.end = Some(coordinator.end.map_or(day, |end| end.min(day)));
    }
    path.closure = Some(tyokyky::Closure::new(
        day,
        tyokyky::Outcome::OccupationalHealthCare,
    ));
    let report = path.validate(as_of);
    assert!(report.is_clean(), "{}", report.to_text(Lang::En));
    assert!(!tyokyky::Outcome::OccupationalHealthCare.is_positive());
    use tyokyky::Vocabulary;
    assert_eq!(
        tyokyky::Outcome::OccupationalHealthCare.label(Lang::Sv),
        "till företagshälsovården"
    );
}

fn codes_of(path: &ServicePath, as_of: NaiveDate, code: RuleCode) -> Vec<Severity> {
    path.validate(as_of)
        .with_code(code)
        .map(|f| f.severity())
        .collect()
}

/// *Työkykyohjelman laajentaminen, Varsinais-Suomi*: quality-based job coaching,
/// "Kohderyhmänä kuntouttavasta työtoiminnasta avoimille työmarkkinoille haluavat".
#[test]
fn job_coaching_is_for_those_who_want_the_open_labour_market() {
    let as_of = date(2024, 12, 31);
    let path = ips(as_of);
    assert!(path.validate(as_of).is_clean());
    let mut no_wish = path.clone();
    for event in &mut no_wish.enrolments[0].events {
        if let Event::WorkPreference { open_market, .. } = event {
            *open_market = false;
        }
    }
    assert_eq!(
        codes_of(
            &no_wish,
            as_of,
            RuleCode::PATH_COACHING_WITHOUT_OPEN_MARKET_WISH
        ),
        [Severity::Warning]
    );
}

/// *Työkykyohjelman laajentaminen, Varsinais-Suomi*: "Ajatellaan, että työ itsessään
/// kuntouttaa ja työhönvalmentajan tuki on olemassa myös työssä käynnin aikana" — the
/// coach's support goes on at work (the model's follow-along support).
#[test]
fn the_coachs_support_goes_on_at_work() {
    let spec = tyokyky::service::spec::models::ips_job_coaching();
    assert!(
        spec.requirements
            .iter()
            .any(|r| matches!(r, tyokyky::Requirement::FollowAlongSupport { .. }))
    );
}

/// Benefits counselling before the job (the IPS-25 fidelity scale rates work incentives
/// planning, Bond et al. 2012), and the coach meets the client's treatment team each
/// month (its items on integration with treatment).
#[test]
fn benefits_counselling_before_work_and_a_monthly_treatment_team_meeting() {
    let as_of = date(2024, 12, 31);
    let path = ips(as_of);
    let mut no_counselling = path.clone();
    no_counselling.enrolments[0]
        .events
        .retain(|e| e.kind() != EventKind::BenefitsCounselling);
    assert_eq!(
        codes_of(
            &no_counselling,
            as_of,
            RuleCode::PATH_BENEFITS_COUNSELLING_MISSING
        ),
        [Severity::Warning]
    );
    let mut no_team = path.clone();
    no_team.enrolments[0]
        .events
        .retain(|e| !(e.kind() == EventKind::TeamMeeting && e.date().month() == 5));
    let gaps = codes_of(&no_team, as_of, RuleCode::PATH_CADENCE_GAP);
    assert_eq!(gaps, [Severity::Warning]);
}
