// The flags of every headless Chromium that the tests and the benchmark
// start (Playwright, the cross-browser suite's reference engine, make
// bench): no sandbox (the machine is a container), no GPU, and nothing that
// calls out to the network on its own.
module.exports = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];
