//! Money: the days a client attended and the allowance they earn
//! ([`ServicePath::attendance`](crate::service::record::ServicePath::attendance)).

pub(crate) mod attendance;

pub use attendance::{DailyRate, DailyRates, DayPayment, MonthAttendance};
