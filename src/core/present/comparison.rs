//! Two reports compared, ready to show: the headline (how many KPIs
//! improved or worsened their computed status, flipped their grade, met
//! their target, and the budget total's change), then every change that
//! the current filter selects in either report, item by item, each with
//! its sentences, its flags (a moved goalpost, a changed unit, a grade from
//! A to B) and, for texts, the word-level difference.

use std::collections::HashSet;

use crate::core::dataset::model::{Dataset, Grade, Project, Target, Unit};
use crate::core::engine::compare::{
    Change, Comparison, KpiChange, Pair, PlanMismatch, ProgramBudgetChange, ProjectBudgetChange,
    TextChange, Unpaired,
};
use crate::core::present::format::{figure, oku_yen, target};
use crate::core::present::names::{project_heading, Local};
use crate::core::present::vocab;
use crate::core::select::catalog::Catalog;
use crate::core::select::filter::Filter;
use crate::core::select::selection::Selection;
use crate::core::select::sort::sorted;
use crate::core::text::diff::{Edit, Part};
use crate::core::text::lang::{fiscal_year, fy, Lang};
use crate::core::text::number::number;

/// One report of the two, as the comparison reads it: the dataset, its
/// catalog and what the filter selects in it.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    /// The report.
    pub dataset: &'a Dataset,
    /// Its catalog.
    pub catalog: &'a Catalog,
    /// What the current filter selects in it.
    pub selection: &'a Selection,
}

/// What an item of the comparison is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKey {
    /// A KPI (`data-kpi-id`).
    Kpi(String),
    /// A project (`data-project-id`).
    Project(String),
    /// A program of a project (`data-project-id`, `data-program-id`).
    Program {
        /// Its project.
        project: String,
        /// The program.
        id: String,
    },
    /// An initiative (`data-initiative-id`).
    Initiative(String),
}

/// A sentence of an item, and whether it is flagged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The sentence.
    pub text: String,
    /// Shown prominently: a moved goalpost, a changed unit, a grade from A
    /// to B, a figure revised after publication.
    pub flag: bool,
}

/// One changed item.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeItem {
    /// What it is.
    pub key: ItemKey,
    /// What changed (`data-change`), in [`Change::ALL`] order.
    pub changes: Vec<Change>,
    /// Where it sits: its project, or its section.
    pub context: String,
    /// Its name.
    pub name: Local,
    /// What changed, a sentence each.
    pub lines: Vec<Line>,
    /// Whether the report shown has it (its KPI can be linked to).
    pub shown: bool,
    /// A text's difference, word by word.
    pub diff: Option<Vec<Part>>,
}

impl ChangeItem {
    /// Whether any of its lines is flagged.
    pub fn flagged(&self) -> bool {
        self.lines.iter().any(|l| l.flag)
    }
}

/// The groups of changed items, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// KPIs in both reports.
    Kpis,
    /// KPIs in one report only.
    KpisAddedRemoved,
    /// Projects and programs: budgets, and those in one report only.
    Budgets,
    /// Initiatives in one report only.
    Initiatives,
    /// The projects' evaluation texts.
    Texts,
}

impl SectionKind {
    /// Its id (`data-section`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Kpis => "kpis",
            Self::KpisAddedRemoved => "kpis-added-removed",
            Self::Budgets => "budgets",
            Self::Initiatives => "initiatives",
            Self::Texts => "texts",
        }
    }
}

/// A group of changed items.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Which group.
    pub kind: SectionKind,
    /// Its heading.
    pub heading: String,
    /// Its items, at most the limit asked for (KPIs: flagged first, then
    /// changes of status or grade).
    pub items: Vec<ChangeItem>,
    /// How many items it has in all.
    pub total: usize,
}

/// The comparison's headline.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Its figures: a label and a value each.
    pub tiles: Vec<(String, String)>,
    /// The headline in one sentence.
    pub sentence: String,
    /// Whether the two reports do not differ at all.
    pub identical: bool,
    /// Whether nothing the filter selects changed.
    pub nothing_selected: bool,
}

/// Two reports compared, for the view and the CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparedView {
    /// The earlier report, named.
    pub from: Local,
    /// The later report, named.
    pub to: Local,
    /// The plan's years, when the two reports give different ones.
    pub plan_note: Option<String>,
    /// The headline.
    pub summary: Summary,
    /// The changed items, in groups.
    pub sections: Vec<Section>,
}

/// A report named for the reader: its title and the year its figures run to.
fn report_name(dataset: &Dataset, lang: Lang) -> Local {
    let r = &dataset.report;
    let title = lang.local(&r.title, Some(&r.title_en));
    let through = match lang {
        Lang::Ja => format!("（{}末まで）", fiscal_year(r.figures_through, lang)),
        Lang::En => format!(" (figures to the end of {})", fy(r.figures_through, lang)),
    };
    Local {
        text: format!("{title}{through}"),
        japanese: false,
    }
}

/// Why `other` was not compared with `shown`, in a sentence.
pub fn refusal(mismatch: &PlanMismatch, shown: &Dataset, other: &Dataset, lang: Lang) -> String {
    let name = |d: &Dataset| {
        lang.local(&d.report.title, Some(&d.report.title_en))
            .to_string()
    };
    let (a, b) = (name(shown), name(other));
    match (mismatch, lang) {
        (PlanMismatch::Period { shown, other }, Lang::Ja) => format!(
            "比較できません。表示中の報告書「{a}」の計画は{}に、比較対象「{b}」の計画は{}に始まります。計画期間が異なる報告書は比較しません。",
            fy(*shown, lang),
            fy(*other, lang)
        ),
        (PlanMismatch::Period { shown, other }, Lang::En) => format!(
            "Cannot compare: the plan of the report shown, \"{a}\", begins in {}, and that of \"{b}\" in {}. Reports of different plan periods are not compared.",
            fy(*shown, lang),
            fy(*other, lang)
        ),
        (PlanMismatch::Projects, Lang::Ja) => format!(
            "比較できません。比較対象「{b}」には、表示中の報告書「{a}」と同じ統合プロジェクトが一つもないため、別の計画の報告書と判断しました。"
        ),
        (PlanMismatch::Projects, Lang::En) => format!(
            "Cannot compare: \"{b}\" has none of the integrated projects of the report shown, \"{a}\", so it is taken to be another plan's report."
        ),
    }
}

/// Characters of unchanged text kept on each side of a change in a text's
/// difference; the rest is left out as `…`.
pub const CONTEXT: usize = 40;

/// A text's difference with long unchanged stretches shortened to
/// [`CONTEXT`] characters beside each change.
pub fn excerpt(parts: &[Part]) -> Vec<Part> {
    let last = parts.len().saturating_sub(1);
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let chars: Vec<char> = part.text.chars().collect();
            let (keep_head, keep_tail) = (i > 0, i < last);
            let kept = CONTEXT * (usize::from(keep_head) + usize::from(keep_tail));
            if part.edit != Edit::Same || chars.len() <= kept + 1 {
                return part.clone();
            }
            let head: String = chars[..if keep_head { CONTEXT } else { 0 }]
                .iter()
                .collect();
            let tail: String = chars[chars.len() - if keep_tail { CONTEXT } else { 0 }..]
                .iter()
                .collect();
            Part {
                edit: Edit::Same,
                text: format!("{head}…{tail}"),
            }
        })
        .collect()
}

/// `a → b`.
fn arrow(a: &str, b: &str) -> String {
    format!("{a} → {b}")
}

/// A change of amount with its sign: `（+4億円）` / ` (+¥0.4bn)`.
fn delta(a: f64, b: f64, lang: Lang) -> String {
    let d = b - a;
    let sign = if d > 0.0 {
        "+"
    } else if d < 0.0 {
        "−"
    } else {
        "±"
    };
    let amount = oku_yen(d.abs(), lang);
    match lang {
        Lang::Ja => format!("（{sign}{amount}）"),
        Lang::En => format!(" ({sign}{amount})"),
    }
}

/// An amount or "not printed".
fn amount(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(
        || vocab::NOT_PRINTED.get(lang).to_string(),
        |v| oku_yen(v, lang),
    )
}

/// Both amounts with the change between them.
fn amounts(pair: Pair<Option<f64>>, lang: Lang) -> String {
    let text = arrow(&amount(pair.0, lang), &amount(pair.1, lang));
    match pair {
        (Some(a), Some(b)) => format!("{text}{}", delta(a, b, lang)),
        _ => text,
    }
}

/// A target, or "none".
fn target_text(t: Option<&Target>, unit: Unit, lang: Lang) -> String {
    t.map_or_else(
        || vocab::NONE.get(lang).to_string(),
        |t| target(t, unit, lang),
    )
}

/// A unit's name.
fn unit_name(unit: Unit, lang: Lang) -> &'static str {
    match unit {
        Unit::Count => lang.pick(vocab::unit(Unit::Count, Lang::Ja), "count"),
        Unit::Percent => "%",
    }
}

/// The sentences of a KPI found in both reports.
fn kpi_lines(c: &KpiChange, lang: Lang) -> Vec<Line> {
    let line = |text: String, flag: bool| Line { text, flag };
    let f =
        |v: Option<f64>, unit: Unit| v.map_or_else(|| "–".to_string(), |v| figure(v, unit, lang));
    let mut out = Vec::new();
    for change in &c.changes {
        match change {
            Change::Figure => {
                let mut text = format!(
                    "{} {}",
                    vocab::LATEST.get(lang),
                    arrow(&f(c.latest.0, c.unit.0), &f(c.latest.1, c.unit.1))
                );
                if !c.new_years.is_empty() {
                    let years = c
                        .new_years
                        .iter()
                        .map(|y| {
                            format!("{} {}", fy(y.fiscal_year, lang), f(Some(y.value), c.unit.1))
                        })
                        .collect::<Vec<_>>()
                        .join(vocab::LIST_DOT.get(lang));
                    text.push_str(&match lang {
                        Lang::Ja => format!("（新たな年度の数値: {years}）"),
                        Lang::En => format!(" (new year's figure: {years})"),
                    });
                }
                out.push(line(text, false));
            }
            Change::Status => out.push(line(
                format!(
                    "{} {}",
                    vocab::COMPUTED_STATUS.get(lang),
                    arrow(
                        vocab::status(c.status.0, lang),
                        vocab::status(c.status.1, lang)
                    )
                ),
                false,
            )),
            Change::Grade => out.push(line(
                format!(
                    "{} {}",
                    vocab::REPORTS_GRADE.get(lang),
                    arrow(c.grade.0.id(), c.grade.1.id())
                ),
                c.grade == (Grade::A, Grade::B),
            )),
            Change::Target => out.push(line(
                match lang {
                    Lang::Ja => format!(
                        "目標が変わりました: {}",
                        arrow(
                            &target_text(c.target.0.as_ref(), c.unit.0, lang),
                            &target_text(c.target.1.as_ref(), c.unit.1, lang)
                        )
                    ),
                    Lang::En => format!(
                        "The target moved: {}",
                        arrow(
                            &target_text(c.target.0.as_ref(), c.unit.0, lang),
                            &target_text(c.target.1.as_ref(), c.unit.1, lang)
                        )
                    ),
                },
                true,
            )),
            Change::Unit => out.push(line(
                match lang {
                    Lang::Ja => format!(
                        "単位が変わりました: {}",
                        arrow(unit_name(c.unit.0, lang), unit_name(c.unit.1, lang))
                    ),
                    Lang::En => format!(
                        "The unit changed: {}",
                        arrow(unit_name(c.unit.0, lang), unit_name(c.unit.1, lang))
                    ),
                },
                true,
            )),
            Change::Revised => {
                for r in &c.revised {
                    let after = r.after.map_or_else(
                        || vocab::NOT_PRINTED.get(lang).to_string(),
                        |v| figure(v, c.unit.1, lang),
                    );
                    let change = arrow(&figure(r.before, c.unit.0, lang), &after);
                    out.push(line(
                        match lang {
                            Lang::Ja => format!(
                                "{}の数値が公表後に修正されました: {change}",
                                fy(r.year, lang)
                            ),
                            Lang::En => format!(
                                "The {} figure was revised after publication: {change}",
                                fy(r.year, lang)
                            ),
                        },
                        true,
                    ));
                }
            }
            Change::Text => out.push(line(
                lang.pick(
                    "進捗の詳細の記載が変わりました。",
                    "The progress detail's text changed.",
                )
                .to_string(),
                false,
            )),
            Change::Added | Change::Removed | Change::Budget => {}
        }
    }
    out
}

/// The sentence of an item in one report only, and of one with the same
/// name on the other side.
fn unpaired_lines(u: &Unpaired, added: bool, to: &Local, from: &Local, lang: Lang) -> Vec<Line> {
    let mut out = vec![Line {
        text: match (added, lang) {
            (true, Lang::Ja) => format!("新しい報告書「{}」にのみあります（追加）。", to.text),
            (true, Lang::En) => format!("Only in the later report, \"{}\" (added).", to.text),
            (false, Lang::Ja) => format!("前の報告書「{}」にのみあります（削除）。", from.text),
            (false, Lang::En) => {
                format!("Only in the earlier report, \"{}\" (removed).", from.text)
            }
        },
        flag: false,
    }];
    if let Some(other) = &u.same_name {
        out.push(Line {
            text: match (added, lang) {
                (true, Lang::Ja) => format!("削除された「{other}」と同じ名称ですが、IDが異なるため同じ項目とはみなしていません。"),
                (true, Lang::En) => format!("It has the same name as the removed \"{other}\", but their ids differ, so they are not taken to be one item."),
                (false, Lang::Ja) => format!("追加された「{other}」と同じ名称ですが、IDが異なるため同じ項目とはみなしていません。"),
                (false, Lang::En) => format!("It has the same name as the added \"{other}\", but their ids differ, so they are not taken to be one item."),
            },
            flag: true,
        });
    }
    out
}

/// The ids a side's selection holds: KPIs, projects, programs and
/// initiatives.
struct Selected<'a> {
    kpis: HashSet<&'a str>,
    projects: HashSet<&'a str>,
    programs: HashSet<&'a str>,
    initiatives: HashSet<&'a str>,
}

impl<'a> Selected<'a> {
    fn of(side: Side<'a>, filter: &Filter) -> Self {
        let (d, c, s) = (side.dataset, side.catalog, side.selection);
        Self {
            kpis: s.kpis.iter().map(|&i| c.kpi(d, i).1.id.as_str()).collect(),
            projects: s
                .projects
                .iter()
                .map(|&p| d.projects[p].id.as_str())
                .collect(),
            programs: s
                .programs
                .iter()
                .map(|&i| c.program(d, i).1.id.as_str())
                .collect(),
            initiatives: c
                .initiatives_shown(d, filter)
                .into_iter()
                .map(|i| d.initiatives[i].id.as_str())
                .collect(),
        }
    }
}

/// The project with this id in either report, later first.
fn project_in<'d>(id: &str, reports: [&'d Dataset; 2]) -> Option<&'d Project> {
    reports
        .into_iter()
        .find_map(|d| d.projects.iter().find(|p| p.id == id))
}

/// Two reports compared, as far as `filter` selects in either (`before`
/// and `after` in time order, as [`crate::core::engine::compare::in_order`]
/// gives them; `shown_is_after` says which the viewer shows), each list
/// cut at `limit` items when one is given.
pub fn compared(
    comparison: &Comparison,
    [before, after]: [Side<'_>; 2],
    shown_is_after: bool,
    filter: &Filter,
    lang: Lang,
    limit: Option<usize>,
) -> ComparedView {
    let (from, to) = (
        report_name(before.dataset, lang),
        report_name(after.dataset, lang),
    );
    let (sel_a, sel_b) = (Selected::of(before, filter), Selected::of(after, filter));
    let shown = if shown_is_after { after } else { before }.dataset;
    let shown_kpis: HashSet<&str> = shown
        .projects
        .iter()
        .flat_map(|p| p.kpis.iter().map(|k| k.id.as_str()))
        .collect();
    let reports = [after.dataset, before.dataset];
    let heading_of =
        |id: &str| project_in(id, reports).map_or(id.to_string(), |p| project_heading(p, lang));
    let kpi_in = |id: &str| {
        reports
            .into_iter()
            .flat_map(|d| {
                d.projects
                    .iter()
                    .flat_map(|p| p.kpis.iter().map(move |k| (p, k)))
            })
            .find(|(_, k)| k.id == id)
    };
    let kpi_name = |id: &str| {
        kpi_in(id).map_or_else(
            || Local::printed(lang, id),
            |(_, k)| Local::of(lang, &k.name, k.name_en.as_deref()),
        )
    };
    let either_kpi = |id: &str| sel_a.kpis.contains(id) || sel_b.kpis.contains(id);
    let either_project = |id: &str| sel_a.projects.contains(id) || sel_b.projects.contains(id);

    // KPIs in both.
    let kpis: Vec<ChangeItem> = comparison
        .kpis
        .iter()
        .filter(|c| either_kpi(&c.id))
        .map(|c| ChangeItem {
            key: ItemKey::Kpi(c.id.clone()),
            changes: c.changes.clone(),
            context: heading_of(&c.project),
            name: kpi_name(&c.id),
            lines: kpi_lines(c, lang),
            shown: shown_kpis.contains(c.id.as_str()),
            diff: c.detail.as_deref().map(excerpt),
        })
        .collect();
    // Moved goalposts and the other flagged changes first, then changes
    // of status or grade, then the rest (a stable sort: the report's order
    // within each).
    let rank = |item: &ChangeItem| {
        let weighty = [Change::Status, Change::Grade]
            .iter()
            .any(|c| item.changes.contains(c));
        (!item.flagged(), !weighty)
    };
    let kpis = sorted(kpis, &|a, b| rank(a).cmp(&rank(b)));

    let unpaired_item =
        |u: &Unpaired, added: bool, key: ItemKey, context: String, name: Local| ChangeItem {
            key,
            changes: vec![if added {
                Change::Added
            } else {
                Change::Removed
            }],
            context,
            name,
            lines: unpaired_lines(u, added, &to, &from, lang),
            shown: false,
            diff: None,
        };
    let mut added_removed = Vec::new();
    for (list, added, selected) in [
        (&comparison.added_kpis, true, &sel_b),
        (&comparison.removed_kpis, false, &sel_a),
    ] {
        for u in list
            .iter()
            .filter(|u| selected.kpis.contains(u.id.as_str()))
        {
            let mut item = unpaired_item(
                u,
                added,
                ItemKey::Kpi(u.id.clone()),
                u.project.as_deref().map(heading_of).unwrap_or_default(),
                kpi_name(&u.id),
            );
            item.shown = shown_kpis.contains(u.id.as_str());
            added_removed.push(item);
        }
    }

    let mut budgets = Vec::new();
    for (list, added) in [
        (&comparison.added_projects, true),
        (&comparison.removed_projects, false),
    ] {
        for u in list.iter().filter(|u| either_project(&u.id)) {
            let name = project_in(&u.id, reports).map_or_else(
                || Local::printed(lang, &u.id),
                |p| Local::of(lang, &p.name_ja, Some(&p.name_en)),
            );
            budgets.push(unpaired_item(
                u,
                added,
                ItemKey::Project(u.id.clone()),
                String::new(),
                name,
            ));
        }
    }
    for b in comparison
        .project_budgets
        .iter()
        .filter(|b| either_project(&b.id))
    {
        budgets.push(project_budget_item(b, &heading_of(&b.id), lang));
    }
    let program_name = |id: &str| {
        reports
            .into_iter()
            .flat_map(|d| d.projects.iter().flat_map(|p| p.programs.iter()))
            .find(|g| g.id == id)
            .map_or_else(
                || Local::printed(lang, id),
                |g| Local::of(lang, &g.name, g.name_en.as_deref()),
            )
    };
    let either_program = |id: &str| sel_a.programs.contains(id) || sel_b.programs.contains(id);
    for b in comparison
        .program_budgets
        .iter()
        .filter(|b| either_program(&b.id))
    {
        budgets.push(program_budget_item(
            b,
            &heading_of(&b.project),
            program_name(&b.id),
            lang,
        ));
    }
    for (list, added, selected) in [
        (&comparison.added_programs, true, &sel_b),
        (&comparison.removed_programs, false, &sel_a),
    ] {
        for u in list
            .iter()
            .filter(|u| selected.programs.contains(u.id.as_str()))
        {
            let project = u.project.clone().unwrap_or_default();
            budgets.push(unpaired_item(
                u,
                added,
                ItemKey::Program {
                    project: project.clone(),
                    id: u.id.clone(),
                },
                heading_of(&project),
                program_name(&u.id),
            ));
        }
    }

    let mut initiatives = Vec::new();
    for (list, added, selected, dataset) in [
        (&comparison.added_initiatives, true, &sel_b, after.dataset),
        (
            &comparison.removed_initiatives,
            false,
            &sel_a,
            before.dataset,
        ),
    ] {
        for u in list
            .iter()
            .filter(|u| selected.initiatives.contains(u.id.as_str()))
        {
            let Some(i) = dataset.initiatives.iter().find(|i| i.id == u.id) else {
                continue;
            };
            let context = format!(
                "{} {}",
                i.section,
                lang.local(&i.section_title, i.section_title_en.as_deref())
            );
            let name = Local::of(lang, &i.heading, i.heading_en.as_deref());
            initiatives.push(unpaired_item(
                u,
                added,
                ItemKey::Initiative(u.id.clone()),
                context,
                name,
            ));
        }
    }

    let texts: Vec<ChangeItem> = comparison
        .evaluations
        .iter()
        .filter(|t| either_project(&t.project))
        .map(|t| evaluation_item(t, &heading_of(&t.project), lang))
        .collect();

    let summary = summary(comparison, &kpis, [before, after], lang);
    let cut = |items: Vec<ChangeItem>| -> (usize, Vec<ChangeItem>) {
        (
            items.len(),
            items
                .into_iter()
                .take(limit.unwrap_or(usize::MAX))
                .collect(),
        )
    };
    let sections = [
        (SectionKind::Kpis, kpis),
        (SectionKind::KpisAddedRemoved, added_removed),
        (SectionKind::Budgets, budgets),
        (SectionKind::Initiatives, initiatives),
        (SectionKind::Texts, texts),
    ]
    .into_iter()
    .map(|(kind, items)| {
        let (total, items) = cut(items);
        Section {
            kind,
            heading: section_heading(kind, lang).to_string(),
            items,
            total,
        }
    })
    .collect::<Vec<_>>();
    let nothing_selected = sections.iter().all(|s| s.total == 0);
    ComparedView {
        plan_note: comparison.plan_years.map(|((a1, a2), (b1, b2))| match lang {
            Lang::Ja => format!(
                "計画期間が変わっています: {}〜{} → {}〜{}。計算上の見通しは、それぞれの報告書の計画期間で計算しています。",
                a1, fy(a2, lang), b1, fy(b2, lang)
            ),
            Lang::En => format!(
                "The plan period changed: {}–{} → {}–{}. Each report's computed statuses use its own plan period.",
                fy(a1, lang), fy(a2, lang), fy(b1, lang), fy(b2, lang)
            ),
        }),
        summary: Summary {
            nothing_selected,
            ..summary
        },
        sections,
        from,
        to,
    }
}

/// A section's heading.
fn section_heading(kind: SectionKind, lang: Lang) -> &'static str {
    match kind {
        SectionKind::Kpis => lang.pick("KPIの変化", "KPIs that changed"),
        SectionKind::KpisAddedRemoved => lang.pick("追加・削除されたKPI", "KPIs added or removed"),
        SectionKind::Budgets => {
            lang.pick("予算とプロジェクト・事業", "Budgets, projects and programs")
        }
        SectionKind::Initiatives => {
            lang.pick("追加・削除された取組", "Initiatives added or removed")
        }
        SectionKind::Texts => lang.pick("評価の記載の変化", "Evaluation texts that changed"),
    }
}

/// A project whose printed totals changed.
fn project_budget_item(b: &ProjectBudgetChange, heading: &str, lang: Lang) -> ChangeItem {
    let mut lines = Vec::new();
    for (label, pair) in [
        (vocab::AMED_FUNDS, b.amed),
        (vocab::INHOUSE_FUNDS, b.inhouse),
    ] {
        if pair.0 != pair.1 {
            lines.push(Line {
                text: format!("{} {}", label.get(lang), amounts(pair, lang)),
                flag: false,
            });
        }
    }
    ChangeItem {
        key: ItemKey::Project(b.id.clone()),
        changes: vec![Change::Budget],
        context: String::new(),
        name: Local {
            text: heading.to_string(),
            japanese: false,
        },
        lines,
        shown: false,
        diff: None,
    }
}

/// A program whose own amount changed.
fn program_budget_item(
    b: &ProgramBudgetChange,
    heading: &str,
    name: Local,
    lang: Lang,
) -> ChangeItem {
    ChangeItem {
        key: ItemKey::Program {
            project: b.project.clone(),
            id: b.id.clone(),
        },
        changes: vec![Change::Budget],
        context: heading.to_string(),
        name,
        lines: vec![Line {
            text: format!("{} {}", vocab::BUDGET.get(lang), amounts(b.budget, lang)),
            flag: false,
        }],
        shown: false,
        diff: None,
    }
}

/// A project whose evaluation text changed.
fn evaluation_item(t: &TextChange, heading: &str, lang: Lang) -> ChangeItem {
    ChangeItem {
        key: ItemKey::Project(t.project.clone()),
        changes: vec![Change::Text],
        context: String::new(),
        name: Local {
            text: heading.to_string(),
            japanese: false,
        },
        lines: vec![Line {
            text: lang
                .pick(
                    "評価の記載が変わりました。",
                    "The evaluation's text changed.",
                )
                .to_string(),
            flag: false,
        }],
        shown: false,
        diff: Some(excerpt(&t.diff)),
    }
}

/// The headline over the selected KPIs that changed (`kpis`) and the
/// selected projects' printed totals in each report.
fn summary(
    comparison: &Comparison,
    kpis: &[ChangeItem],
    sides: [Side<'_>; 2],
    lang: Lang,
) -> Summary {
    let ids: HashSet<&str> = kpis
        .iter()
        .filter_map(|i| match &i.key {
            ItemKey::Kpi(id) => Some(id.as_str()),
            _ => None,
        })
        .collect();
    let changed: Vec<&KpiChange> = comparison
        .kpis
        .iter()
        .filter(|c| ids.contains(c.id.as_str()))
        .collect();
    let count = |test: fn(&KpiChange) -> bool| changed.iter().filter(|c| test(c)).count();
    let (improved, worsened, reached) = (
        count(KpiChange::improved),
        count(KpiChange::worsened),
        count(KpiChange::reached),
    );
    let flips = count(|c| c.grade.0 != c.grade.1);
    let fell = count(KpiChange::grade_fell);
    let goalposts =
        count(|c| c.changes.contains(&Change::Target) || c.changes.contains(&Change::Unit));
    let [a, b] = sides.map(|s| {
        s.catalog
            .project_totals(s.dataset, s.selection.projects.iter().copied())
            .printed()
    });
    let budget = format!(
        "{}{}",
        arrow(&oku_yen(a, lang), &oku_yen(b, lang)),
        delta(a, b, lang)
    );
    let n = |v: usize| number(v as f64);
    // A count of KPIs: 3件, 3.
    let kpis = |v: usize| figure(v as f64, Unit::Count, lang);
    let label = |ja: &str, en: &str| lang.pick(ja, en).to_string();
    let tiles = vec![
        (label("見通しが改善", "Status improved"), kpis(improved)),
        (label("見通しが悪化", "Status worsened"), kpis(worsened)),
        (
            label("評価（A/B）の変化", "Grade (A/B) flipped"),
            match lang {
                Lang::Ja => format!("{}（うちA→B {}）", kpis(flips), kpis(fell)),
                Lang::En => format!("{} ({} from A to B)", n(flips), n(fell)),
            },
        ),
        (label("目標に到達", "Reached the target"), kpis(reached)),
        (
            label("目標・単位の変更", "Target or unit changed"),
            kpis(goalposts),
        ),
        (
            label("予算の合計（記載額）", "Budget total (printed)"),
            budget.clone(),
        ),
    ];
    let sentence = match lang {
        Lang::Ja => format!(
            "計算上の見通しが改善したKPIは{}件、悪化したKPIは{}件。報告書の評価が変わったKPIは{}件（うちAからBへ{}件）、新たに目標に達したKPIは{}件、目標か単位が変わったKPIは{}件。予算の記載額の合計は{budget}。",
            n(improved), n(worsened), n(flips), n(fell), n(reached), n(goalposts)
        ),
        Lang::En => format!(
            "{} KPIs improved their computed status and {} worsened; {} changed their report's grade ({} from A to B), {} newly reached the target, and {} had their target or unit changed. The printed budgets add up to {budget}.",
            n(improved), n(worsened), n(flips), n(fell), n(reached), n(goalposts)
        ),
    };
    Summary {
        tiles,
        sentence,
        identical: comparison.is_empty(),
        nothing_selected: false,
    }
}
