//! UKK walk test (*UKK-kävelytesti*): walk 2 km as fast as possible; heart rate at the
//! finish (Oja, Laukkanen, Pasanen, Tyry, Vuori, Int J Sports Med 1991;12(4):356–362).
//!
//! Fitness index (100 = average for the same age and sex), with walking time as whole
//! minutes `min` and remaining seconds `s`:
//!
//! ```text
//! men:   FI = 420 − (11.6·min + 0.2·s + 0.56·HR + 2.6·BMI) + 0.2·age
//! women: FI = 304 − (8.5·min + 0.14·s + 0.32·HR + 1.1·BMI) + 0.4·age
//! ```
//!
//! Estimated VO2max (ml·kg⁻¹·min⁻¹), with walking time `t` in decimal minutes:
//!
//! ```text
//! men:   184.9 − 4.65·t − 0.22·HR − 0.26·age − 1.05·BMI
//! women: 116.2 − 2.98·t − 0.11·HR − 0.14·age − 0.39·BMI
//! ```
//!
//! The index is rounded to the nearest integer (halves away from zero) and VO2max to one
//! decimal. The test is validated for ages 20–65: outside that range the results are
//! computed and flagged.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::vocabulary;
use crate::instrument::InstrumentError;
use crate::instrument::bounded::decimal;

/// Sex, which selects the equation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// The women's equations.
    Female,
    /// The men's equations.
    Male,
}

vocabulary!(Sex {
    Female => ["nainen", "kvinna", "female"],
    Male => ["mies", "man", "male"],
});

/// The fitness class of an index (one secondary source): below 70 well below average, 70–89 somewhat below,
/// 90–110 average, 111–130 somewhat above, above 130 well above.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum FitnessClass {
    /// Index below 70.
    WellBelowAverage,
    /// 70–89.
    SomewhatBelowAverage,
    /// 90–110.
    Average,
    /// 111–130.
    SomewhatAboveAverage,
    /// Above 130.
    WellAboveAverage,
}

vocabulary!(FitnessClass {
    WellBelowAverage => ["selvästi keskitasoa heikompi", "klart under medelnivån", "well below average"],
    SomewhatBelowAverage => ["hieman keskitasoa heikompi", "något under medelnivån", "somewhat below average"],
    Average => ["keskitasoa", "medelnivå", "average"],
    SomewhatAboveAverage => ["hieman keskitasoa parempi", "något över medelnivån", "somewhat above average"],
    WellAboveAverage => ["selvästi keskitasoa parempi", "klart över medelnivån", "well above average"],
});

impl FitnessClass {
    /// The class of a fitness index.
    pub const fn of(index: i32) -> FitnessClass {
        match index {
            i32::MIN..=69 => FitnessClass::WellBelowAverage,
            70..=89 => FitnessClass::SomewhatBelowAverage,
            90..=110 => FitnessClass::Average,
            111..=130 => FitnessClass::SomewhatAboveAverage,
            _ => FitnessClass::WellAboveAverage,
        }
    }
}

/// The inputs of one UKK walk test.
///
/// Invariant (checked by [`UkkWalkTest::new`] and on deserialization): age 15–99 years,
/// height 100–250 cm, weight 30–300 kg (finite), walking time 8–60 minutes
/// (480–3600 s), heart rate 40–240 bpm.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "UkkFields")]
pub struct UkkWalkTest {
    sex: Sex,
    age_years: u32,
    height_cm: u32,
    weight_kg: f64,
    time_seconds: u32,
    heart_rate: u32,
}

/// The serialized fields of a [`UkkWalkTest`], checked on the way in.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "UkkWalkTest")]
/// Inputs of a UKK 2 km walk test.
struct UkkFields {
    /// Sex (selects the equation).
    sex: Sex,
    /// Age in completed years, 15–99.
    #[schemars(range(min = 15, max = 99))]
    age_years: u32,
    /// Height in centimetres, 100–250.
    #[schemars(range(min = 100, max = 250))]
    height_cm: u32,
    /// Weight in kilograms, 30–300.
    #[schemars(range(min = 30, max = 300))]
    weight_kg: f64,
    /// Walking time for 2 km in seconds, 480–3600.
    #[schemars(range(min = 480, max = 3600))]
    time_seconds: u32,
    /// Heart rate at the finish, beats per minute, 40–240.
    #[schemars(range(min = 40, max = 240))]
    heart_rate: u32,
}

impl TryFrom<UkkFields> for UkkWalkTest {
    type Error = InstrumentError;

    fn try_from(f: UkkFields) -> Result<Self, Self::Error> {
        UkkWalkTest::new(
            f.sex,
            f.age_years,
            f.height_cm,
            f.weight_kg,
            f.time_seconds,
            f.heart_rate,
        )
    }
}

impl JsonSchema for UkkWalkTest {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        UkkFields::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        UkkFields::json_schema(generator)
    }
}

fn in_range(field: &'static str, value: u32, min: u32, max: u32) -> Result<u32, InstrumentError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(InstrumentError::OutOfRange {
            field,
            value: i64::from(value),
            min: i64::from(min),
            max: i64::from(max),
        })
    }
}

/// The computed results of a UKK walk test.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct UkkResult {
    /// Fitness index, rounded to an integer; 100 is average for age and sex.
    pub fitness_index: i32,
    /// Estimated maximal oxygen uptake, ml·kg⁻¹·min⁻¹, rounded to one decimal.
    pub vo2max: f64,
    /// Body-mass index, kg/m², rounded to one decimal.
    pub bmi: f64,
    /// The fitness class of the index.
    pub class: FitnessClass,
    /// Whether the age is outside 20–65, the range the equations were validated for.
    pub outside_validated_age: bool,
}

impl UkkWalkTest {
    /// Youngest age the equations were validated for.
    pub const VALIDATED_MIN_AGE: u32 = 20;
    /// Oldest age the equations were validated for.
    pub const VALIDATED_MAX_AGE: u32 = 65;

    /// Checks the inputs.
    ///
    /// # Errors
    ///
    /// [`InstrumentError`] naming the field unless age is 15–99 years, height 100–250 cm,
    /// weight a finite 30–300 kg, time 480–3600 s, heart rate 40–240 bpm.
    pub fn new(
        sex: Sex,
        age_years: u32,
        height_cm: u32,
        weight_kg: f64,
        time_seconds: u32,
        heart_rate: u32,
    ) -> Result<Self, InstrumentError> {
        Ok(UkkWalkTest {
            sex,
            age_years: in_range("age_years", age_years, 15, 99)?,
            height_cm: in_range("height_cm", height_cm, 100, 250)?,
            weight_kg: decimal("weight_kg", weight_kg, 30.0, 300.0)?,
            time_seconds: in_range("time_seconds", time_seconds, 480, 3600)?,
            heart_rate: in_range("heart_rate", heart_rate, 40, 240)?,
        })
    }

    /// Body-mass index, kg/m², unrounded.
    pub fn bmi(&self) -> f64 {
        let metres = f64::from(self.height_cm) / 100.0;
        self.weight_kg / (metres * metres)
    }

    /// Computes the fitness index, VO2max and class.
    ///
    /// ```
    /// use tyokyky::instrument::ukk::{FitnessClass, Sex, UkkWalkTest};
    ///
    /// // The published example: man, 50 years, 188 cm, 105 kg, 17:34, heart rate 157.
    /// let result = UkkWalkTest::new(Sex::Male, 50, 188, 105.0, 17 * 60 + 34, 157)?.score();
    /// assert_eq!(result.fitness_index, 61);
    /// assert_eq!(result.class, FitnessClass::WellBelowAverage);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn score(&self) -> UkkResult {
        let bmi = self.bmi();
        let minutes = f64::from(self.time_seconds / 60);
        let seconds = f64::from(self.time_seconds % 60);
        let decimal_minutes = f64::from(self.time_seconds) / 60.0;
        let hr = f64::from(self.heart_rate);
        let age = f64::from(self.age_years);
        let (index, vo2max) = match self.sex {
            Sex::Male => (
                420.0 - (11.6 * minutes + 0.2 * seconds + 0.56 * hr + 2.6 * bmi) + 0.2 * age,
                184.9 - 4.65 * decimal_minutes - 0.22 * hr - 0.26 * age - 1.05 * bmi,
            ),
            Sex::Female => (
                304.0 - (8.5 * minutes + 0.14 * seconds + 0.32 * hr + 1.1 * bmi) + 0.4 * age,
                116.2 - 2.98 * decimal_minutes - 0.11 * hr - 0.14 * age - 0.39 * bmi,
            ),
        };
        // Inputs are bounded, so the index is far inside i32.
        let fitness_index = index.round() as i32;
        UkkResult {
            fitness_index,
            vo2max: (vo2max * 10.0).round() / 10.0,
            bmi: (bmi * 10.0).round() / 10.0,
            class: FitnessClass::of(fitness_index),
            outside_validated_age: !(Self::VALIDATED_MIN_AGE..=Self::VALIDATED_MAX_AGE)
                .contains(&self.age_years),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_example() {
        let test = UkkWalkTest::new(Sex::Male, 50, 188, 105.0, 17 * 60 + 34, 157).expect("valid");
        let result = test.score();
        assert_eq!(result.fitness_index, 61);
        assert_eq!(result.class, FitnessClass::WellBelowAverage);
        assert_eq!(result.bmi, 29.7);
        // 184.9 − 4.65·17.5667 − 0.22·157 − 0.26·50 − 1.05·29.708 = 24.5
        assert_eq!(result.vo2max, 24.5);
        assert!(!result.outside_validated_age);
    }

    #[test]
    fn the_womens_formula_by_hand() {
        // 44 years, 166 cm, 74 kg (BMI 26.854), 18 min 40 s, heart rate 150:
        // 304 − (8.5·18 + 0.14·40 + 0.32·150 + 1.1·26.854) + 0.4·44 = 85.46 → 85;
        // 116.2 − 2.98·18.667 − 0.11·150 − 0.14·44 − 0.39·26.854 = 27.44 → 27.4.
        let result = UkkWalkTest::new(Sex::Female, 44, 166, 74.0, 18 * 60 + 40, 150)
            .expect("valid")
            .score();
        assert_eq!(result.fitness_index, 85);
        assert_eq!(result.vo2max, 27.4);
        assert_eq!(result.bmi, 26.9);
        // Ten years older: the index gains 0.4 a year (the age term adds), VO2max loses 0.14.
        let older = UkkWalkTest::new(Sex::Female, 54, 166, 74.0, 18 * 60 + 40, 150)
            .expect("valid")
            .score();
        assert_eq!(older.fitness_index, 89);
        assert_eq!(older.vo2max, 26.0);
    }

    #[test]
    fn ages_outside_20_65_are_computed_and_flagged() {
        let young = UkkWalkTest::new(Sex::Female, 18, 165, 60.0, 15 * 60, 140)
            .expect("valid")
            .score();
        assert!(young.outside_validated_age);
        let old = UkkWalkTest::new(Sex::Female, 66, 165, 60.0, 15 * 60, 140)
            .expect("valid")
            .score();
        assert!(old.outside_validated_age);
        assert!(
            !UkkWalkTest::new(Sex::Female, 65, 165, 60.0, 15 * 60, 140)
                .expect("valid")
                .score()
                .outside_validated_age
        );
    }

    #[test]
    fn inputs_are_checked_by_field() {
        let error = UkkWalkTest::new(Sex::Male, 50, 188, f64::NAN, 1054, 157).expect_err("NaN");
        assert!(
            error
                .to_string()
                .starts_with("weight_kg must be a finite number in 30..=300"),
            "{error}"
        );
        let error = UkkWalkTest::new(Sex::Male, 50, 188, 105.0, 1054, 300).expect_err("hr");
        assert_eq!(error.to_string(), "heart_rate must be in 40..=240, got 300");
        let json = r#"{"sex":"male","age_years":50,"height_cm":188,"weight_kg":105,"time_seconds":1054,"heart_rate":157}"#;
        let parsed: UkkWalkTest = serde_json::from_str(json).expect("json");
        assert_eq!(parsed.score().fitness_index, 61);
        assert!(serde_json::from_str::<UkkWalkTest>(&json.replace("188", "88")).is_err());
    }

    #[test]
    fn classes_follow_the_thresholds() {
        use FitnessClass::*;
        let classes: Vec<FitnessClass> = [69, 70, 89, 90, 110, 111, 130, 131]
            .map(FitnessClass::of)
            .to_vec();
        assert_eq!(
            classes,
            [
                WellBelowAverage,
                SomewhatBelowAverage,
                SomewhatBelowAverage,
                Average,
                Average,
                SomewhatAboveAverage,
                SomewhatAboveAverage,
                WellAboveAverage
            ]
        );
    }
}
