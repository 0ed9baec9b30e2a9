//! `data/schema.json` is generated from the Rust types. This test fails when
//! the committed file is stale, and rewrites it so the fix is one commit away.

use shinchoku::core::dataset::model::Dataset;

#[test]
fn committed_schema_matches_the_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/schema.json");
    let schema = schemars::schema_for!(Dataset);
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    if committed != generated {
        std::fs::write(path, &generated).unwrap();
        panic!("data/schema.json was stale and has been rewritten; review and commit it");
    }
}
