//! Cases for the law's limits on the person over all their enrolments and for the dose
//! a plan agrees.

use super::*;

pub(super) fn person_cases() -> Vec<PathCase> {
    vec![
        PathCase {
            name: "two units' rehabilitative work activity on five days of a week together",
            code: RuleCode::PATH_PERSON_DAYS_EXCEEDED,
            base: || two_units(&[chrono::Weekday::Tue, chrono::Weekday::Fri]),
            breaks: |_| {},
            pointer: "/enrolments/1",
            // Four days together: the law's most.
            near_miss: |p| {
                if let Some(second) = p.enrolments.get_mut(1) {
                    second.events.retain(|e| {
                        !matches!(e, Event::WorkActivityDay { date, .. }
                            if chrono::Datelike::weekday(date) == chrono::Weekday::Fri)
                    });
                }
            },
        },
        PathCase {
            name: "three yearly enrolments agreed by one plan: a period of three years",
            code: RuleCode::PATH_PERSON_PERIOD_TOO_LONG,
            base: three_years_one_plan,
            breaks: |_| {},
            pointer: "/enrolments/2",
            // The plan is reviewed before the second year: a new period.
            near_miss: review_second_period,
        },
        PathCase {
            name: "a plan agreeing two days a week, three recorded every week",
            code: RuleCode::PATH_DOSE_NOT_FOLLOWED,
            base: rehab,
            breaks: |p| {
                if let Event::Plan { dose, .. } = plan_mut(p) {
                    *dose = Some(crate::service::record::event::Dose::new(2, Some(300)));
                }
            },
            pointer: "/enrolments/0/events/0/dose",
            // Three days of five hours, as recorded.
            near_miss: |p| {
                if let Event::Plan { dose, .. } = plan_mut(p) {
                    *dose = Some(crate::service::record::event::Dose::new(3, Some(300)));
                }
            },
        },
    ]
}
