//! Fuzzing the parse → validate → catalog/selection → progress → export
//! path: no input may panic. `make test` runs a bounded number of cases; `make fuzz` runs
//! many more (PROPTEST_CASES).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use serde_json::Value;
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::dataset::problem::Severity;
use shinchoku::core::dataset::validate::validate;
use shinchoku::core::engine::progress::Figures;
use shinchoku::core::engine::series::detail;
use shinchoku::core::present::explain::explain;
use shinchoku::core::present::export::{kpis_csv, subset};
use shinchoku::core::select::catalog::Catalog;
use support::decode_str;

const MINI: &str = include_str!("fixtures/mini.json");

/// Runs everything the app runs on a dataset text, in the app's order: a
/// dataset with validation errors is never shown.
fn whole_path(text: &str, query: &str) {
    let Ok(dataset) = parse_dataset(text) else {
        return;
    };
    if validate(&dataset)
        .iter()
        .any(|p| p.severity == Severity::Error)
    {
        return;
    }
    let decoded = decode_str(query, &dataset);
    let catalog = Catalog::new(&dataset);
    let selection = catalog.select(&dataset, &decoded.filter);
    for &i in &selection.kpis {
        let (_, kpi) = catalog.kpi(&dataset, i);
        let figures = Figures::of_kpi(kpi);
        let progress = &catalog.kpis[i].progress;
        let _ = explain(&catalog.clock, figures, progress);
        let _ = detail(&catalog.clock, figures, progress);
    }
    let _ = kpis_csv(
        &dataset,
        &catalog,
        &decoded.filter,
        shinchoku::core::text::lang::Lang::Ja,
    );
    let _ = subset(&dataset, &catalog, &decoded.filter);
}

/// Replaces one value somewhere in the JSON tree with `replacement`.
fn mutate(value: &mut Value, path: &[usize], replacement: Value) {
    match (value, path.split_first()) {
        (Value::Object(map), Some((i, rest))) if !map.is_empty() => {
            let key = map.keys().nth(i % map.len()).unwrap().clone();
            mutate(map.get_mut(&key).unwrap(), rest, replacement);
        }
        (Value::Array(items), Some((i, rest))) if !items.is_empty() => {
            let n = items.len();
            mutate(&mut items[i % n], rest, replacement);
        }
        (slot, _) => *slot = replacement,
    }
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        Just(Value::String("2020".into())),
        Just(Value::from(-1)),
        Just(Value::from(1e300)),
        // At and just beyond the validation bounds.
        Just(Value::from(1e15)),
        Just(Value::from(2200)),
        Just(Value::from(1900)),
        Just(Value::String("=".repeat(20_001))),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(".{0,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}", query in ".{0,80}") {
        whole_path(&text, &query);
    }

    #[test]
    fn mutated_datasets_never_panic(
        mutations in prop::collection::vec((prop::collection::vec(any::<usize>(), 1..7), any_json()), 1..5),
        query in "(ministry|project|phase|kind|grade|status|q|lead|view)=[a-z_A-Z0-9%]{0,10}(&(ministry|project|phase|status|q)=[a-z_]{0,8}){0,4}",
    ) {
        let mut value: Value = serde_json::from_str(MINI).unwrap();
        for (path, replacement) in mutations {
            mutate(&mut value, &path, replacement);
        }
        whole_path(&value.to_string(), &query);
    }

    #[test]
    fn truncated_and_spliced_text_never_panics(cut in 0..MINI.len(), insert in ".{0,20}") {
        let mut text = MINI.as_bytes()[..cut].to_vec();
        text.extend(insert.as_bytes());
        text.extend(&MINI.as_bytes()[cut..]);
        whole_path(&String::from_utf8_lossy(&text), "");
    }
}
