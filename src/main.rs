//! Entry point of the browser app; everything lives in the library crate.

#[cfg(target_arch = "wasm32")]
fn main() {
    shinchoku::ui::start();
}

/// The viewer only runs in the browser; the native binary just says so.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("shinchoku is a browser app: run `make serve` and open the printed URL.");
}
