//! The phase × project matrix: per selected project, how many selected
//! KPIs and programs fall in each phase (phases are our classification).

use crate::core::dataset::model::Dataset;
use crate::core::present::capped::{NotDrawn, Rest, DRAW_LIMIT};
use crate::core::select::catalog::Catalog;
use crate::core::select::selection::Selection;
use crate::core::text::lang::Lang;

/// One project's row.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixRow {
    /// The project's name.
    pub project: String,
    /// Per phase (dataset order): (KPIs, programs).
    pub cells: Vec<(usize, usize)>,
}

impl MatrixRow {
    /// Each cell's share of the row's fullest cell (0–1), for shading.
    pub fn heat(&self) -> Vec<f64> {
        let max = self
            .cells
            .iter()
            .map(|c| c.0 + c.1)
            .max()
            .unwrap_or(0)
            .max(1);
        self.cells
            .iter()
            .map(|c| (c.0 + c.1) as f64 / max as f64)
            .collect()
    }
}

/// The matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseMatrix {
    /// The rows, up to [`DRAW_LIMIT`].
    pub rows: Vec<MatrixRow>,
    /// The note when more projects are selected than drawn.
    pub not_drawn: Option<NotDrawn>,
}

impl PhaseMatrix {
    /// The matrix of the selection.
    pub fn build(dataset: &Dataset, catalog: &Catalog, selection: &Selection, lang: Lang) -> Self {
        let rows = selection
            .projects
            .iter()
            .take(DRAW_LIMIT)
            .map(|&p| {
                let mut cells = vec![(0, 0); catalog.phase_count()];
                for &i in selection.kpis_of_project(catalog, p) {
                    for &phase in catalog.kpis[i].phases.iter() {
                        cells[phase].0 += 1;
                    }
                }
                for &i in selection.programs_of_project(catalog, p) {
                    for &phase in catalog.programs[i].phases.iter() {
                        cells[phase].1 += 1;
                    }
                }
                let project = &dataset.projects[p];
                MatrixRow {
                    project: lang.pick(&project.name_ja, &project.name_en).to_string(),
                    cells,
                }
            })
            .collect();
        Self {
            rows,
            not_drawn: NotDrawn::capped(selection.projects.len(), Rest::ByFiltering),
        }
    }
}
