//! Numbers as the report prints them: no NaN, no scientific notation,
//! thousands separated (1,099; 81.0; 512%). Units and budgets are
//! written by `present::format`.

/// From 2⁵² on every double is a whole number, written digit for digit.
const WHOLE: f64 = 4_503_599_627_370_496.0;

/// `value` with exactly `places` decimals, rounded as it is written: its
/// shortest decimal form (`50.05`, what a dataset holds, not the double
/// just below it) rounded half away from zero, so `12.25` → `12.3`,
/// `50.05` → `50.1`, `1.005` → `1.01` at two places. No thousands
/// separators; no minus sign on a value that rounds to zero. The one
/// rounding of every figure the viewer shows (table, explanation, chart,
/// CSV, print). A value that is not finite is `–`.
pub fn fixed(value: f64, places: usize) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let abs = value.abs();
    let written = if abs >= WHOLE {
        format!("{abs:.0}")
    } else {
        // Display writes the shortest decimal that reads back as `abs`,
        // never with an exponent.
        format!("{abs}")
    };
    let (whole, fraction) = written.split_once('.').unwrap_or((&written, ""));
    let mut digits: Vec<u8> = whole
        .bytes()
        .chain(fraction.bytes().chain(std::iter::repeat(b'0')).take(places))
        .map(|b| b - b'0')
        .collect();
    if fraction.as_bytes().get(places).is_some_and(|&d| d >= b'5') {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, 1);
                break;
            }
            i -= 1;
            if digits[i] == 9 {
                digits[i] = 0;
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let split = digits.len() - places;
    let text = |part: &[u8]| {
        part.iter()
            .map(|d| char::from(b'0' + d))
            .collect::<String>()
    };
    let sign = if value < 0.0 && digits.iter().any(|&d| d != 0) {
        "-"
    } else {
        ""
    };
    match places {
        0 => format!("{sign}{}", text(&digits)),
        _ => format!(
            "{sign}{}.{}",
            text(&digits[..split]),
            text(&digits[split..])
        ),
    }
}

/// `value` rounded as [`fixed`] rounds it, as a number (for charts and
/// CSV cells); a value that is not finite is returned as it is.
pub fn round_to(value: f64, places: usize) -> f64 {
    if value.is_finite() {
        decimal(&fixed(value, places)).unwrap_or(value)
    } else {
        value
    }
}

/// The double a decimal stands for, as `str::parse::<f64>` reads it: an
/// optional `-`, ASCII digits and at most one `.` between digits (what
/// [`fixed`] writes, and the figures the validator reads in printed
/// texts); `None` for anything else. serde_json reads it, correctly
/// rounded as it reads the dataset's figures (`float_roundtrip`), so the
/// wasm carries one decimal reader rather than core's as well (whose
/// tables alone are 10 KB). Leading zeros, which JSON does not write, are
/// dropped first, and a value beyond the largest double is infinite, as
/// `str::parse` has it.
pub fn decimal(text: &str) -> Option<f64> {
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !fraction.is_none_or(digits) {
        return None;
    }
    let whole = match whole.trim_start_matches('0') {
        "" => "0",
        whole => whole,
    };
    let json = match fraction {
        Some(fraction) => format!("{sign}{whole}.{fraction}"),
        None => format!("{sign}{whole}"),
    };
    // What is left for serde_json to refuse is a number out of a double's range.
    Some(serde_json::from_str(&json).unwrap_or(if sign.is_empty() {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    }))
}

/// A figure with thousands separators and at most one decimal, rounded by
/// [`fixed`]: `1099.0` → `1,099`, `81.04` → `81`, `16.85` → `16.9`. Every
/// finite value keeps all its digits (`1e20` →
/// `100,000,000,000,000,000,000`); a value that is not finite is `–`.
pub fn number(value: f64) -> String {
    let digits = fixed(value, 1);
    if !value.is_finite() {
        return digits;
    }
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits.as_str()),
    };
    let (whole, tenth) = digits.split_once('.').unwrap_or((digits, "0"));
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if tenth == "0" {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{tenth}")
    }
}

/// A ratio as a whole percentage: `5.12` → `512%`, `0.125` → `13%`.
pub fn percent(ratio: f64) -> String {
    if !ratio.is_finite() {
        return "–".to_string();
    }
    format!("{}%", number(round_to(ratio * 100.0, 0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number(1099.0), "1,099");
        assert_eq!(number(1234567.0), "1,234,567");
        assert_eq!(number(81.0), "81");
        assert_eq!(number(16.85), "16.9");
        assert_eq!(number(0.04), "0");
        assert_eq!(number(-2.5), "-2.5");
        assert_eq!(number(f64::NAN), "–");
        assert_eq!(number(999.96), "1,000");
    }

    #[test]
    fn decimals_read_as_str_parse_reads_them() {
        for text in [
            "0",
            "-0",
            "12.25",
            "007",
            "-00.50",
            "1099",
            "0.1",
            "9007199254740993",
            "123456789012345678901234567890.123456789",
        ] {
            let expected: f64 = text.parse().unwrap();
            let read = decimal(text).unwrap();
            assert_eq!(read.to_bits(), expected.to_bits(), "{text}");
        }
        let huge = format!("1{}", "0".repeat(400));
        assert_eq!(decimal(&huge), Some(f64::INFINITY));
        assert_eq!(decimal(&format!("-{huge}")), Some(f64::NEG_INFINITY));
        let tiny = format!("0.{}1", "0".repeat(400));
        assert_eq!(decimal(&tiny), Some(0.0));
        for text in ["", "-", ".5", "5.", "1.2.3", "1e5", "+1", "١", "1,0", "inf"] {
            assert_eq!(decimal(text), None, "{text}");
        }
    }

    #[test]
    fn percents() {
        assert_eq!(percent(5.12), "512%");
        assert_eq!(percent(0.6), "60%");
        assert_eq!(percent(f64::INFINITY), "–");
    }
}
