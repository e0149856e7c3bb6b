//! A finding's JSON form: what a report writes, and what it reads back.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Finding, JsonPointer, Lang, Params, RuleCode, Severity};

/// The serialized form of a [`Finding`].
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Finding")]
/// One way a record breaks a rule.
pub(crate) struct FindingJson {
    /// Stable code of the rule broken.
    code: RuleCode,
    /// How serious it is.
    severity: Severity,
    /// JSON Pointer (RFC 6901) into the validated document.
    path: JsonPointer,
    /// Typed parameters of the message.
    #[serde(default)]
    params: Params,
    /// The message, rendered from code and params, in every language the report was
    /// written in (all three unless written with [`Report::in_language`]). Read and
    /// dropped: messages are rendered again from code and params.
    message: Messages,
}

/// A finding's message per language; at least one.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Messages", extend("minProperties" = 1))]
struct Messages {
    /// Finnish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fi: Option<String>,
    /// Swedish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sv: Option<String>,
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    en: Option<String>,
}

/// A finding as it is written: borrowed, with the messages of the languages asked for.
#[derive(Serialize)]
pub(super) struct FindingOut<'a> {
    code: RuleCode,
    severity: Severity,
    path: &'a JsonPointer,
    params: &'a Params,
    message: Messages,
}

impl Finding {
    pub(super) fn out(&self, langs: &[Lang]) -> FindingOut<'_> {
        let text = |lang: Lang| langs.contains(&lang).then(|| self.message(lang));
        FindingOut {
            code: self.code,
            severity: self.severity,
            path: &self.path,
            params: &self.params,
            message: Messages {
                fi: text(Lang::Fi),
                sv: text(Lang::Sv),
                en: text(Lang::En),
            },
        }
    }
}

impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.out(&Lang::ALL).serialize(serializer)
    }
}

impl Finding {
    /// A finding from its JSON form; its message must have a language. (Its terms get
    /// their labels where findings are read back, in [`crate::registry`].)
    pub(crate) fn from_json(json: FindingJson) -> Result<Self, &'static str> {
        let Messages { fi, sv, en } = &json.message;
        if fi.is_none() && sv.is_none() && en.is_none() {
            return Err("a finding's message has at least one language");
        }
        // A finding read back carries only what its rule declares, and nothing that
        // reads as a personal identity code: no name, value or pointer is echoed.
        let declared = json.code.info().params;
        if json
            .params
            .iter()
            .any(|(name, _)| !declared.contains(&name))
        {
            return Err("a finding's parameter is not one its rule declares");
        }
        let personal = |text: &str| crate::hetu_scan::contains_identity_code(text);
        if personal(json.path.as_str())
            || json.params.iter().any(|(_, value)| value.holds(&personal))
        {
            return Err("a finding holds what reads as a personal identity code");
        }
        Ok(Finding {
            code: json.code,
            severity: json.severity,
            path: json.path,
            params: json.params,
        })
    }

    /// The parameters, to complete when read back.
    pub(crate) fn params_mut(&mut self) -> &mut Params {
        &mut self.params
    }
}

impl JsonSchema for Finding {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        FindingJson::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        FindingJson::json_schema(generator)
    }
}
