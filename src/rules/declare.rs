//! How a rule is declared: once, in the file of its area, beside its check.
//!
//! Each area file under `rules/` holds one `rules!` block. For every rule it names the
//! constant of [`RuleCode`] (`RuleCode::PATH_CADENCE_GAP`), the stable code, the default
//! severity with the reason the severity policy gives it, the source, the parameters
//! that drive it (declared in [`crate::service::spec::parameter`]: naming an undeclared one does
//! not compile), the title and message per language, and a typed parameter struct whose
//! fields are the message's placeholders. From that one block the macro makes:
//!
//! - the `RuleCode` constant and its [`RuleInfo`] (what the catalogue shows);
//! - the parameter struct, which the check fills in: a finding cannot be made without
//!   every placeholder, and the catalogue lists the fields, so a test proves the templates
//!   and the fields agree;
//! - the area's `RULES` list, from which [`RuleCode::ALL`] is built.
//!
//! Adding a rule to an area touches that file (declaration and check) and the violation
//! table, nothing else.

use crate::rules::code::RuleCode;
use crate::rules::finding::Finding;
use crate::rules::params::Params;
use crate::rules::pointer::JsonPointer;

/// The typed parameters of one rule's findings.
pub(crate) trait RuleParams: Sized {
    /// The rule these are the parameters of.
    const RULE: RuleCode;

    /// The parameters by name.
    fn into_params(self) -> Params;

    /// A finding of the rule at `path`, with the rule's default severity.
    fn at(self, path: JsonPointer) -> Finding {
        Finding::with_params(Self::RULE, path, self.into_params())
    }
}

/// Declares the rules of one area; see the module docs.
macro_rules! rules {
    (
        $(
            $(#[doc = $doc:literal])+
            $name:ident => $params:ident {
                code: $code:literal,
                severity: $severity:ident because $why:literal,
                source: $source:expr,
                parameters: [$($parameter:ident),* $(,)?],
                params: { $($field:ident : $ty:ty),* $(,)? },
                title: [$tfi:literal, $tsv:literal, $ten:literal $(,)?],
                message: [$mfi:literal, $msv:literal, $men:literal $(,)?] $(,)?
            }
        )+
    ) => {
        impl $crate::rules::code::RuleCode {
            $(
                $(#[doc = $doc])+
                #[doc = ""]
                #[doc = concat!("Code `", $code, "`.")]
                pub const $name: $crate::rules::code::RuleCode = {
                    // A static, so the rule's information has one address and may hold
                    // references to the declared parameters.
                    static INFO: $crate::rules::code::RuleInfo = $crate::rules::code::RuleInfo {
                        code: $code,
                        default_severity: $crate::rules::finding::Severity::$severity,
                        severity_reason: $why,
                        title: $crate::i18n::Labels { fi: $tfi, sv: $tsv, en: $ten },
                        message: $crate::i18n::Labels { fi: $mfi, sv: $msv, en: $men },
                        source: $source,
                        parameters: &[$(&$crate::service::spec::parameter::$parameter),*],
                        params: &[$(stringify!($field)),*],
                    };
                    $crate::rules::code::RuleCode::declared(&INFO)
                };
            )+
        }

        /// The rules of this area, in declaration order.
        pub(crate) const RULES: &[$crate::rules::code::RuleCode] =
            &[$($crate::rules::code::RuleCode::$name),+];

        $(
            #[doc = concat!("The parameters of `", $code, "`.")]
            #[derive(Debug, Clone)]
            pub(crate) struct $params {
                $(pub(crate) $field: $ty,)*
            }

            impl $crate::rules::declare::RuleParams for $params {
                const RULE: $crate::rules::code::RuleCode =
                    $crate::rules::code::RuleCode::$name;

                fn into_params(self) -> $crate::rules::params::Params {
                    // The fields in name order, found when compiling.
                    const ORDER: &[usize; <[&str]>::len(&[$(stringify!($field)),*])] =
                        &$crate::rules::params::name_order([$(stringify!($field)),*]);
                    $crate::rules::params::Params::from_declared(
                        [$(Some((stringify!($field), $crate::rules::finding::ParamValue::from(self.$field))),)*],
                        ORDER,
                    )
                }
            }
        )+
    };
}
pub(crate) use rules;
