use super::*;
use crate::rules::code::RuleCode;
use crate::rules::code::RuleParameter;
use crate::service::spec::model_set::ServiceModels;

#[test]
fn every_parameter_has_one_name() {
    let mut names = std::collections::BTreeSet::new();
    for parameter in ALL {
        assert!(names.insert(parameter.name), "{} twice", parameter.name);
        assert_eq!(by_name(parameter.name), Some(*parameter));
        if let Some((min, max)) = parameter.range {
            let (low, high) = parameter.typical();
            assert!(min <= max && low <= high, "{}", parameter.name);
            assert!(
                min <= low && high <= max,
                "{}: typical outside range",
                parameter.name()
            );
        }
    }
}

#[test]
fn every_rule_names_declared_parameters_only() {
    for code in RuleCode::ALL {
        for parameter in code.info().parameters {
            assert!(
                ALL.iter().any(|declared| declared.name == parameter.name()),
                "{code} names {} that ALL does not list",
                parameter.name()
            );
        }
    }
}

#[test]
fn every_declared_parameter_drives_a_rule() {
    for parameter in ALL {
        assert!(
            RuleCode::ALL.iter().any(|code| code
                .info()
                .parameters
                .iter()
                .any(|p| p.name() == parameter.name)),
            "{} drives no rule",
            parameter.name
        );
    }
}

/// Every figure a default model names is listed among its parameter's figures, so the
/// catalogue shows each rule's values with their dates and sources.
#[test]
fn the_default_models_figures_are_declared_with_their_parameters() {
    let listed = |parameter: &Parameter, amount: Amount| {
        amount.figure().is_none_or(|figure| {
            parameter
                .figures
                .iter()
                .any(|listed| listed.id() == figure.id)
        })
    };
    for spec in ServiceModels::defaults().iter() {
        for phase in &spec.phases {
            for parameter in ALL {
                let amounts: Vec<Amount> = match parameter.access {
                    Access::Length { get, .. } => phase.length.iter().map(get).collect(),
                    Access::Cadence { get, .. } => phase.cadence.iter().filter_map(get).collect(),
                    Access::Total { get, .. } => phase.totals.iter().map(get).collect(),
                    _ => Vec::new(),
                };
                for amount in amounts {
                    assert!(
                        listed(parameter, amount),
                        "{}: {} names {amount:?}",
                        spec.id,
                        parameter.name
                    );
                }
            }
        }
    }
}

#[test]
fn a_lower_bound_has_an_upper_bound_declared() {
    for parameter in ALL {
        if let Some(upper) = parameter.role.upper() {
            assert!(
                ALL.iter().any(|other| other.role == upper
                    && std::mem::discriminant(&other.access)
                        == std::mem::discriminant(&parameter.access)),
                "{} has no upper bound in its place",
                parameter.name()
            );
        }
    }
}
