//! Instruments that measure work ability and functioning, scored exactly.
//!
//! | instrument | module | source |
//! |---|---|---|
//! | Work Ability Score (WAS) | [`was`] | Jääskeläinen et al., Scand J Work Environ Health 2016;42(6):490–499 |
//! | Work Ability Index (WAI) | [`wai`] | Tuomi et al., FIOH, 2nd ed. 1998; Kujala et al. 2005 |
//! | UKK walk test | [`ukk`] | Oja et al., Int J Sports Med 1991;12(4):356–362 |
//! | Goal Attainment Scaling (GAS) | [`gas`] | Kiresuk & Sherman 1968; Kela's GAS practice |
//! | Kykyviisari | [`kykyviisari`] | Finnish Institute of Occupational Health |
//! | IPS-25 fidelity | [`ips`] | IPS Employment Center, IPS-25 Supported Employment Fidelity Scale |
//!
//! Only scoring rules and item identifiers are shipped, never item texts: WAI
//! (Työkykyindeksi®), Kykyviisari® and the IPS-25 manual are copyrighted or trademarked.
//! [`change`] compares a baseline with a follow-up; [`perceived`] records the change a
//! client felt.

#[macro_use]
mod bounded;
pub mod change;
mod direction;
pub mod gas;
pub mod ips;
pub mod ips_caseload;
pub mod kykyviisari;
pub mod perceived;
mod result;
pub mod ukk;
pub mod wai;
pub mod was;

pub use bounded::InstrumentError;
pub use result::{InstrumentResult, InstrumentScore};
