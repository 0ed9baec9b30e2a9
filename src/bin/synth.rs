//! `cargo run --bin synth -- --scale N [--out FILE]`: writes a synthetic
//! dataset with N× the projects, programs and KPIs of `data/fy2022.json`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use shinchoku::core::dataset::parse::parse_dataset;
    use shinchoku::core::dataset::synth::scale;

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
    let out = serde_json::to_string(&scale(&dataset, n)).expect("serialises");
    match arg("--out") {
        Some(path) => std::fs::write(path, out).expect("output is writable"),
        None => println!("{out}"),
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
