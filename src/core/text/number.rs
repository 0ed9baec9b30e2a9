//! Numbers as the report prints them: no NaN, no scientific notation,
//! thousands separated (1,099; 81.0; 512%). Units and budgets are
//! written by `present::format`.

/// A figure with thousands separators and at most one decimal:
/// `1099.0` → `1,099`, `81.04` → `81`, `16.85` → `16.9`. Every finite
/// value keeps all its digits (`1e20` → `100,000,000,000,000,000,000`); a
/// value that is not finite is `–`.
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    // ×10 overflows only where a value has no decimals left to round.
    let tenths = value * 10.0;
    let rounded = if tenths.is_finite() {
        tenths.round() / 10.0
    } else {
        value
    };
    let digits = format!("{:.1}", rounded.abs());
    let (whole, tenth) = digits.split_once('.').unwrap_or((&digits, "0"));
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if rounded < 0.0 && digits != "0.0" {
        "-"
    } else {
        ""
    };
    if tenth == "0" {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{tenth}")
    }
}

/// A ratio as a whole percentage: `5.12` → `512%`.
pub fn percent(ratio: f64) -> String {
    if !ratio.is_finite() {
        return "–".to_string();
    }
    format!("{}%", number((ratio * 100.0).round()))
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
    fn percents() {
        assert_eq!(percent(5.12), "512%");
        assert_eq!(percent(0.6), "60%");
        assert_eq!(percent(f64::INFINITY), "–");
    }
}
