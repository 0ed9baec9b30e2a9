//! `cargo run --bin synth -- --scale N [--out FILE]`: writes a synthetic
//! dataset with N× the projects, programs and KPIs of `data/fy2022.json`.
//! `cargo run --bin synth -- --next-year [--out FILE]`: writes the
//! fictitious next year's report the comparison is tested with
//! (`tests/fixtures/fy2023-synthetic.json`, which `tests/compare.rs` holds
//! to this output).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use shinchoku::core::dataset::parse::parse_dataset;
    use shinchoku::core::dataset::synth::{next_year, scale};

    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let n: usize = arg("--scale").and_then(|s| s.parse().ok()).unwrap_or(1);
    let real = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/fy2022.json"))
        .expect("data/fy2022.json is readable");
    let dataset = parse_dataset(&real).expect("data/fy2022.json parses");
    let out = if args.iter().any(|a| a == "--next-year") {
        serde_json::to_string_pretty(&next_year(&dataset)).expect("serialises")
    } else {
        serde_json::to_string(&scale(&dataset, n)).expect("serialises")
    };
    match arg("--out") {
        Some(path) => std::fs::write(path, out + "\n").expect("output is writable"),
        None => println!("{out}"),
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
