//! Synthetic datasets for benchmarks: `scale(real, n)` repeats the real
//! report's projects `n` times with fresh ids and varied figures, keeping
//! every validation rule (yearly counts still add up to the cumulative one).

use crate::core::dataset::model::Dataset;
use crate::core::text::fold::ellipsize;

/// A small deterministic generator (no dependency, same output every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    /// A factor in 0.5..1.5.
    fn factor(&mut self) -> f64 {
        0.5 + (self.next() % 1000) as f64 / 1000.0
    }
}

/// A count as the report prints it: 128件.
fn printed_count(value: f64) -> String {
    format!("{value}件")
}

/// Prose in synthetic copies: the first 40 characters, marked as cut.
fn cut_prose(text: &str) -> String {
    ellipsize(text, 41)
}

/// `n` copies of the dataset's projects (n ≥ 1; copy 0 is the original),
/// with ids suffixed `-sK`, names marked （合成K）, and count figures scaled
/// by a per-copy factor. The report and initiatives are kept as they are.
pub fn scale(real: &Dataset, n: usize) -> Dataset {
    let mut out = real.clone();
    out.report.id = format!("{}-x{n}", real.report.id);
    out.report.title = format!("{}（合成データ ×{n}）", real.report.title);
    let mut rng = Lcg(0x5eed);
    out.projects = (0..n.max(1))
        .flat_map(|copy| real.projects.iter().map(move |p| (copy, p)))
        .map(|(copy, project)| {
            let mut p = project.clone();
            if copy == 0 {
                return p;
            }
            let suffix = format!("-s{copy}");
            let synthetic = |name: &str| format!("{name}（合成{copy}）");
            p.id.push_str(&suffix);
            p.number = project.number + 6 * copy as u32;
            p.name_ja = synthetic(&project.name_ja);
            p.name_en = format!("{} (synthetic {copy})", project.name_en);
            // Long prose is shortened in copies (1,000× stays near 60 MB);
            // names and figures stay whole.
            p.aim = cut_prose(&p.aim);
            p.evaluation = cut_prose(&p.evaluation);
            p.notable_results.clear();
            p.ministry_actions.clear();
            for program in &mut p.programs {
                program.id.push_str(&suffix);
                program.name = synthetic(&program.name);
                program.description = cut_prose(&program.description);
                program.phase_reason = cut_prose(&program.phase_reason);
            }
            for line in &mut p.budget_lines {
                line.note = cut_prose(&line.note);
                for id in &mut line.programs {
                    id.push_str(&suffix);
                }
            }
            for k in &mut p.kpis {
                k.id.push_str(&suffix);
                k.detail = cut_prose(&k.detail);
                k.phase_reason = cut_prose(&k.phase_reason);
                let f = rng.factor();
                if k.unit == crate::core::dataset::model::Unit::Count {
                    for y in &mut k.yearly {
                        y.value = (y.value * f).round();
                    }
                    if k.latest.is_some() && !k.yearly.is_empty() {
                        k.latest = Some(k.yearly.iter().map(|y| y.value).sum());
                        k.latest_text = k.latest.map(printed_count);
                    }
                    for b in &mut k.breakdowns {
                        b.id.push_str(&suffix);
                        for y in &mut b.yearly {
                            y.value = (y.value * f).round();
                        }
                        if b.latest.is_some() && !b.yearly.is_empty() {
                            b.latest = Some(b.yearly.iter().map(|y| y.value).sum());
                            b.latest_text = b.latest.map(printed_count);
                        }
                    }
                } else {
                    for b in &mut k.breakdowns {
                        b.id.push_str(&suffix);
                    }
                }
            }
            p
        })
        .collect();
    out
}
