//! Chip counts: for each value of a dimension, exactly the KPIs the
//! selection would hold with that value alone chosen in that dimension.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use shinchoku::core::dataset::model::{Dataset, Grade, KpiKind};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::engine::progress::Status;
use shinchoku::core::select::catalog::Catalog;
use shinchoku::core::select::filter::Filter;

fn fy2022() -> Dataset {
    parse_dataset(include_str!("../data/fy2022.json")).unwrap()
}

fn check(d: &Dataset, c: &Catalog, filter: &Filter) {
    let counts = c.select(d, filter).chips;
    let with = |edit: &dyn Fn(&mut Filter)| {
        let mut f = filter.clone();
        edit(&mut f);
        c.select(d, &f).kpis.len()
    };
    for (m, ministry) in d.ministries.iter().enumerate() {
        assert_eq!(
            counts.ministries[m],
            with(&|f| f.ministries = vec![ministry.id.clone()]),
            "{} {filter:?}",
            ministry.id
        );
    }
    for (p, project) in d.projects.iter().enumerate() {
        assert_eq!(
            counts.projects[p],
            with(&|f| f.projects = vec![project.id.clone()]),
            "{} {filter:?}",
            project.id
        );
    }
    for (i, kind) in [KpiKind::Output, KpiKind::Outcome].into_iter().enumerate() {
        assert_eq!(counts.kinds[i], with(&|f| f.kinds = vec![kind]));
    }
    for (i, grade) in [Grade::A, Grade::B].into_iter().enumerate() {
        assert_eq!(counts.grades[i], with(&|f| f.grades = vec![grade]));
    }
    for (i, status) in Status::ALL.into_iter().enumerate() {
        assert_eq!(counts.statuses[i], with(&|f| f.statuses = vec![status]));
    }
}

#[test]
fn fy2022_examples() {
    let d = fy2022();
    let c = Catalog::new(&d);
    let all = c.select(&d, &Filter::default()).chips;
    // 8, 7, 11, 11, 3 and 5 KPIs per project; 3 graded B.
    assert_eq!(all.projects, vec![8, 7, 11, 11, 3, 5]);
    assert_eq!(all.grades, [42, 3]);
    check(&d, &c, &Filter::default());
    // With 総務省 chosen, the drugs chip shows 0 (総務省 takes no part in it)
    // and the grade chips count only 総務省's projects.
    let mic = Filter {
        ministries: vec!["mic".into()],
        ..Filter::default()
    };
    let counts = c.select(&d, &mic).chips;
    assert_eq!(counts.projects[0], 0, "総務省 takes no part in drugs");
    assert_eq!(counts.grades[0] + counts.grades[1], 7 + 11);
    check(&d, &c, &mic);
}

proptest! {
    #[test]
    fn counts_match_the_selection(
        ministries in proptest::sample::subsequence(vec!["mhlw", "mext", "meti", "mic", "cstio"], 0..3),
        projects in proptest::sample::subsequence(vec!["drugs", "devices", "regenerative", "genome", "disease", "seeds"], 0..3),
        phases in proptest::sample::subsequence(vec!["basic", "applied", "nonclinical", "clinical", "practical"], 0..3),
        lead_only in any::<bool>(),
        b_only in any::<bool>(),
        query in proptest::sample::select(vec!["", "POC", "件数", "zzz"]),
    ) {
        let d = fy2022();
        let c = Catalog::new(&d);
        let filter = Filter {
            ministries: ministries.into_iter().map(String::from).collect(),
            projects: projects.into_iter().map(String::from).collect(),
            phases: phases.into_iter().map(String::from).collect(),
            lead_only,
            grades: if b_only { vec![Grade::B] } else { vec![] },
            query: query.to_string(),
            ..Filter::default()
        };
        check(&d, &c, &filter);
    }
}
