//! Number formatting shared by explanations and the UI: no NaN, no
//! scientific notation, thousands separated as the report prints them.

/// A figure with thousands separators and at most one decimal:
/// `1099.0` → `1,099`, `81.04` → `81`, `16.85` → `16.9`.
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let rounded = (value * 10.0).round() / 10.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let whole = abs.trunc() as u64;
    let tenth = ((abs - abs.trunc()) * 10.0).round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    if tenth == 0 {
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
