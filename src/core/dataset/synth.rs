//! Synthetic datasets: for benchmarks, `scale(real, n)` repeats the real
//! report's projects `n` times with fresh ids and varied figures, keeping
//! every validation rule (yearly counts still add up to the cumulative one);
//! for the comparison's tests, `next_year(real)` makes a fictitious next
//! year's report with a known list of differences.

use crate::core::dataset::model::{Dataset, Grade, Kpi, Target, Unit, YearValue};
use crate::core::text::fold::ellipsize;
use crate::core::text::lang::reiwa;
use crate::core::text::number::number;

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

/// A count as the report prints it: 128件, 1,099件.
fn printed_count(value: f64) -> String {
    format!("{}件", number(value))
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

/// The KPI whose grade goes from B to A in [`next_year`], with a strong year.
pub const NEXT_YEAR_B_TO_A: &str = "devices-healthcare-demonstrations";
/// The KPI whose grade goes from A to B in [`next_year`], with a year of none.
pub const NEXT_YEAR_A_TO_B: &str = "drugs-network-seed-licensing";
/// The KPI whose target moves in [`next_year`] (170件 → 120件).
pub const NEXT_YEAR_MOVED_TARGET: &str = "seeds-investigator-trials";
/// The KPI whose FY2021 figure is revised in [`next_year`] (15 → 14).
pub const NEXT_YEAR_REVISED: &str = "drugs-approvals";
/// The KPI that [`next_year`] removes.
pub const NEXT_YEAR_REMOVED: &str = "disease-papers-other";
/// The KPI that [`next_year`] adds: the removed one under a new id (the
/// same name, so the comparison must say so and not pair them).
pub const NEXT_YEAR_ADDED: &str = "disease-papers-other-v2";

/// The notes that mark [`next_year`]'s output as synthetic.
const NEXT_YEAR_NOTES: [&str; 2] = [
    "【合成データ】これは実在の報告書ではありません。比較機能のテストのために、同梱の令和4年度の報告書のデータ（data/fy2022.json）から機械的に作った架空の「翌年度版」です。数値も記載も、下記の違いのほかは令和4年度のままで、翌年度の実績を示すものではありません。",
    "令和4年度版との違い（これだけ）: 年度別の数値があるKPIに2023年度の数値を1つずつ追加（原則は2022年度と同じ値。累計は2023年度分を加算、割合の最新値は据え置き）／評価の変更2件（ヘルスケア関連機器等の実証完了件数 B→A、2023年度は12件。創薬支援ネットワークの活動による有望創薬シーズの企業導出件数 A→B、2023年度は0件）／目標の変更1件（医師主導治験届の提出件数 170件→120件）／公表後の修正1件（医薬品プロジェクトの薬事承認件数（新薬、適応拡大）の2021年度 15件→14件）／KPIの削除1件と追加1件（疾患基礎研究プロジェクトの他の科学誌への論文掲載状況を、同じ名称のまま別のIDで追加）／予算の変更（医薬品プロジェクトのAMED対象経費 326億円→330億円と創薬基盤推進研究事業 21億円→25億円、シーズ開発・研究基盤プロジェクトのAMED対象経費 238億円→245億円）／疾患基礎研究プロジェクトの評価の1文（「脳神経疾患等の」→「脳神経疾患や感染症等の」）。",
];

/// Adds a figure for `year` to a KPI: `value` for it, the cumulative
/// figure grown by it for a count (a percentage keeps its latest ratio).
fn add_year(kpi: &mut Kpi, year: i32, value: f64) {
    kpi.yearly.push(YearValue {
        fiscal_year: year,
        value,
    });
    if kpi.unit == Unit::Count {
        kpi.latest = kpi.latest.map(|l| l + value);
        kpi.latest_text = kpi.latest.map(printed_count);
    }
}

/// A fictitious next year's report made from `real` (the FY2022 report)
/// for the comparison's tests, marked synthetic in its title, citation and
/// `source.notes`, with exactly these differences: a figure for the next
/// fiscal year for every KPI that has yearly figures (the last year's
/// figure again, added to a count's cumulative figure; a percentage keeps
/// its latest ratio), but [`NEXT_YEAR_B_TO_A`] (12, grade B → A) and
/// [`NEXT_YEAR_A_TO_B`] (0, grade A → B); [`NEXT_YEAR_MOVED_TARGET`]'s target
/// 170件 → 120件; [`NEXT_YEAR_REVISED`]'s FY2021 figure 15 → 14;
/// [`NEXT_YEAR_REMOVED`] removed and [`NEXT_YEAR_ADDED`] added (the same
/// KPI under a new id); budgets: `drugs` AMED 326 → 330億円 with its program
/// `drugs-drug-discovery-infrastructure` 21 → 25億円, `seeds` AMED 238 →
/// 245億円; one sentence of `disease`'s evaluation (脳神経疾患等の →
/// 脳神経疾患や感染症等の).
pub fn next_year(real: &Dataset) -> Dataset {
    let mut out = real.clone();
    let (last, year) = (real.report.figures_through, real.report.figures_through + 1);
    let r = &mut out.report;
    r.id = format!("fy{year}-synthetic");
    let era = |y: i32| format!("令和{}年度", reiwa(y));
    r.title = format!("【合成データ】{}", r.title.replace(&era(last), &era(year)));
    r.title_en = format!(
        "[SYNTHETIC] {}",
        r.title_en
            .replace(&format!("FY{last}"), &format!("FY{year}"))
    );
    r.figures_through = year;
    r.source.citation = "合成テストデータ（実在の報告書ではありません）".into();
    r.source.citation_en = "Synthetic test data (not a real report)".into();
    r.source.url = None;
    r.source
        .notes
        .splice(0..0, NEXT_YEAR_NOTES.map(str::to_string));

    for project in &mut out.projects {
        for kpi in &mut project.kpis {
            let Some(figure) = kpi
                .yearly
                .iter()
                .find(|y| y.fiscal_year == last)
                .map(|y| y.value)
            else {
                continue;
            };
            match kpi.id.as_str() {
                NEXT_YEAR_B_TO_A => {
                    add_year(kpi, year, 12.0);
                    kpi.grade = Grade::A;
                }
                NEXT_YEAR_A_TO_B => {
                    add_year(kpi, year, 0.0);
                    kpi.grade = Grade::B;
                }
                _ => add_year(kpi, year, figure),
            }
            if kpi.id == NEXT_YEAR_MOVED_TARGET {
                if let Some(t) = &mut kpi.target {
                    *t = Target {
                        value: 120.0,
                        text: "120件".into(),
                        comparator: t.comparator,
                    };
                }
            }
            if kpi.id == NEXT_YEAR_REVISED {
                if let Some(y) = kpi.yearly.iter_mut().find(|y| y.fiscal_year == last - 1) {
                    y.value -= 1.0;
                    kpi.latest = kpi.latest.map(|l| l - 1.0);
                    kpi.latest_text = kpi.latest.map(printed_count);
                }
            }
        }
        if let Some(at) = project.kpis.iter().position(|k| k.id == NEXT_YEAR_REMOVED) {
            let mut renamed = project.kpis.remove(at);
            renamed.id = NEXT_YEAR_ADDED.into();
            project.kpis.push(renamed);
        }
        let mut budget = |id: &str, amed: f64| {
            if project.id == id {
                project.budget.amed = Some(amed);
            }
        };
        budget("drugs", 330.0);
        budget("seeds", 245.0);
        for program in &mut project.programs {
            if program.id == "drugs-drug-discovery-infrastructure" {
                program.budget = Some(25.0);
                program.budget_text = Some("予算額25億円".into());
            }
        }
        if project.id == "disease" {
            project.evaluation = project
                .evaluation
                .replace("脳神経疾患等の", "脳神経疾患や感染症等の");
        }
    }
    out
}
