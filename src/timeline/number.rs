//! Coordinates and lengths as text with one decimal, the same bytes on every machine.

/// The two ASCII digits of each number below 100, as a little-endian `u16`: the first
/// digit in the low byte (`DIGIT_PAIRS[42]` is the bytes `b"42"`).
pub(super) const DIGIT_PAIRS: [u16; 100] = {
    let mut pairs = [0; 100];
    let mut value = 0;
    while value < 100 {
        pairs[value] =
            (b'0' as u16 + (value / 10) as u16) | (b'0' as u16 + (value % 10) as u16) << 8;
        value += 1;
    }
    pairs
};

/// A coordinate or length with one decimal: short, and the same bytes on every machine.
///
/// Written from the whole tenths as integers into a buffer on the stack, from the last
/// digit back: formatting a float to a fixed number of decimals was a third of the time
/// of drawing a picture, and a `String` per number an allocation.
pub(super) fn number(value: f64) -> Number {
    let tenths = (value * 10.0).round();
    let mut number = Number {
        bytes: [0; 24],
        start: 24,
    };
    if !tenths.is_finite() {
        number.bytes[21..].copy_from_slice(b"0.0");
        number.start = 21;
        return number;
    }
    // Coordinates are within a few thousand pixels: far inside i64 (a value outside
    // saturates, and is still written whole).
    #[allow(clippy::cast_possible_truncation)]
    let tenths = tenths as i64;
    let magnitude = tenths.unsigned_abs();
    // At most twenty digits, a point and a sign: 22 of the 24 bytes.
    number.push_front(b'0' + (magnitude % 10) as u8);
    number.push_front(b'.');
    let mut whole = magnitude / 10;
    loop {
        number.push_front(b'0' + (whole % 10) as u8);
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    if tenths < 0 {
        number.push_front(b'-');
    }
    number
}

/// A number's text, held on the stack: `bytes[start..]`.
pub(super) struct Number {
    bytes: [u8; 24],
    start: usize,
}

impl Number {
    fn push_front(&mut self, byte: u8) {
        if let Some(start) = self.start.checked_sub(1)
            && let Some(slot) = self.bytes.get_mut(start)
        {
            *slot = byte;
            self.start = start;
        }
    }

    /// The text's bytes: ASCII digits, a sign and a point.
    pub(super) fn digits(&self) -> &[u8] {
        self.bytes.get(self.start..).unwrap_or(&[])
    }
}

impl std::ops::Deref for Number {
    type Target = str;

    fn deref(&self) -> &str {
        // Only ASCII digits, a sign and a point were pushed.
        std::str::from_utf8(self.digits()).unwrap_or("0.0")
    }
}

#[cfg(test)]
mod tests {
    use super::number;
    use crate::timeline::svg::Svg;

    #[test]
    fn numbers_have_one_decimal_as_the_format_would_write_them() {
        for value in [
            0.0, 170.0, 263.04, 263.06, 1234.55, 0.04, 2399.99, -3.0, -0.06, 9.95, 1e15,
        ] {
            let expected = format!("{:.1}", (value * 10.0_f64).round() / 10.0);
            assert_eq!(&*number(value), expected, "{value}");
        }
        // The picture's writer: the same text, in and around its fast range.
        for value in [
            0.0,
            -0.0,
            0.04,
            0.05,
            0.96,
            9.95,
            99.96,
            999.95,
            9_999.96,
            99_999.94,
            99_999.95,
            99_999.96,
            123_456.7,
            -0.04,
            -3.0,
            1e300,
            -1e300,
            f64::NAN,
        ] {
            let mut svg = Svg::new();
            svg.num(value);
            assert_eq!(svg.finish(), &*number(value), "{value}");
        }
        // Halves and thirds of a tenth over the whole fast range, and past it.
        let mut svg = Svg::new();
        let mut expected = String::new();
        for step in (0..2_100_000_u32).step_by(7) {
            for value in [f64::from(step) / 20.0, f64::from(step) / 30.0] {
                svg.num(value).raw(" ");
                expected.push_str(&number(value));
                expected.push(' ');
            }
        }
        assert_eq!(svg.finish(), expected);
        // Just under and just over a half, and on it, at every size the writer takes.
        for whole in [
            0.0, 1.0, 2.0, 3.0, 170.0, 1_023.0, 65_535.0, 524_287.0, 999_997.0,
        ] {
            let half: f64 = whole + 0.5;
            for scaled in [
                f64::from_bits(half.to_bits() - 1),
                half,
                f64::from_bits(half.to_bits() + 1),
            ] {
                let value = scaled / 10.0;
                let mut svg = Svg::new();
                svg.num(value);
                assert_eq!(svg.finish(), &*number(value), "{value} {scaled}");
            }
        }
        // No negative zero: what rounds to nothing is nothing.
        assert_eq!(&*number(-0.04), "0.0");
        assert_eq!(&*number(f64::NAN), "0.0");
        assert_eq!(&*number(f64::INFINITY), "0.0");
        assert!(number(-1e300).starts_with("-9"));
        assert!(number(1e300).starts_with("92233720368547758"));
    }

    proptest::proptest! {
        /// Any value the fast range takes is rounded as `f64::round` rounds it.
        #[test]
        fn any_coordinate_is_rounded_as_f64_round_rounds_it(value in 0.0..100_000.0_f64) {
            let mut svg = Svg::new();
            svg.num(value);
            proptest::prop_assert_eq!(svg.finish(), number(value).to_string());
        }
    }
}
