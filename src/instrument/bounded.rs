//! Bounded integers and the construction error shared by the instruments.

/// Why an instrument input cannot exist: which field, the value given, the range accepted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum InstrumentError {
    /// An integer outside its range.
    #[error("{field} must be in {min}..={max}, got {value}")]
    OutOfRange {
        /// The field, e.g. `work_ability_score`.
        field: &'static str,
        /// The value given.
        value: i64,
        /// Smallest accepted.
        min: i64,
        /// Largest accepted.
        max: i64,
    },
    /// A decimal number outside its range, or not finite.
    #[error("{field} must be a finite number in {min}..={max}, got {value}")]
    DecimalOutOfRange {
        /// The field, e.g. `weight_kg`.
        field: &'static str,
        /// The value given.
        value: f64,
        /// Smallest accepted.
        min: f64,
        /// Largest accepted.
        max: f64,
    },
    /// A list of the wrong length.
    #[error("{field} must have {expected} entries, got {actual}")]
    Count {
        /// The field.
        field: &'static str,
        /// Entries required.
        expected: usize,
        /// Entries given.
        actual: usize,
    },
    /// Two values that must agree do not.
    #[error("{field}: {reason}")]
    Inconsistent {
        /// The field.
        field: &'static str,
        /// What disagrees.
        reason: &'static str,
    },
}

/// Checks a finite decimal in `min..=max`.
pub(crate) fn decimal(
    field: &'static str,
    value: f64,
    min: f64,
    max: f64,
) -> Result<f64, InstrumentError> {
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(InstrumentError::DecimalOutOfRange {
            field,
            value,
            min,
            max,
        })
    }
}

/// Defines an integer newtype valid in `MIN..=MAX`, checked on construction and on
/// deserialization, with the range in its JSON Schema.
macro_rules! bounded {
    ($(#[$doc:meta])* $name:ident($repr:ty), $field:literal, $min:literal ..= $max:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(try_from = "i64", into = "i64")]
        pub struct $name($repr);

        impl $name {
            /// Smallest valid value.
            pub const MIN: i64 = $min;
            /// Largest valid value.
            pub const MAX: i64 = $max;
            /// The lowest value.
            pub const LOWEST: Self = $name($min);
            /// The highest value.
            pub const HIGHEST: Self = $name($max);

            /// Checks and wraps a value.
            ///
            /// # Errors
            ///
            #[doc = concat!("[`InstrumentError::OutOfRange`](crate::instrument::InstrumentError::OutOfRange) unless the value is in ", stringify!($min), "..=", stringify!($max), ".")]
            pub fn new(value: i64) -> Result<Self, $crate::instrument::InstrumentError> {
                let out_of_range = || $crate::instrument::InstrumentError::OutOfRange {
                    field: $field,
                    value,
                    min: Self::MIN,
                    max: Self::MAX,
                };
                if (Self::MIN..=Self::MAX).contains(&value) {
                    // In range, so the conversion cannot fail.
                    <$repr>::try_from(value).map($name).map_err(|_| out_of_range())
                } else {
                    Err(out_of_range())
                }
            }

            /// The value, in the integer type [`new`](Self::new) takes.
            pub fn get(self) -> i64 {
                i64::from(self.0)
            }

            /// The value in its stored type, for the crate's own arithmetic.
            #[allow(dead_code)]
            pub(crate) const fn repr(self) -> $repr {
                self.0
            }
        }

        impl TryFrom<i64> for $name {
            type Error = $crate::instrument::InstrumentError;

            fn try_from(value: i64) -> Result<Self, Self::Error> {
                $name::new(value)
            }
        }

        impl From<$name> for i64 {
            fn from(value: $name) -> i64 {
                i64::from(value.0)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&self.0, f)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "integer",
                    "minimum": $min,
                    "maximum": $max,
                })
            }
        }
    };
}
