//! `data/schema.json` is generated from the Rust types. This test fails when
//! the committed file is stale; `UPDATE_EXPECT=1` rewrites it.

use shinchoku::core::dataset::model::Dataset;

#[test]
fn committed_schema_matches_the_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/schema.json");
    let schema = schemars::schema_for!(Dataset);
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    if committed != generated {
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(path, &generated).unwrap();
        } else {
            panic!("data/schema.json is stale: run `UPDATE_EXPECT=1 cargo test --test schema` to rewrite it, then review and commit it");
        }
    }
}
