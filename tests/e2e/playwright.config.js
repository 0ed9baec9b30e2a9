// End-to-end tests: dist/ served under /some/sub/path/ on 127.0.0.1,
// driven by Debian's headless Chromium (no browser download).
const { defineConfig } = require("@playwright/test");

const CHROMIUM_FLAGS = require("../chromium-flags.cjs");
const { PORT, CSP_PORT, HOST_PORT } = require("./ports.cjs");

module.exports = defineConfig({
  testDir: __dirname,
  testMatch: /.*\.spec\.js/,
  outputDir: "../../test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/some/sub/path/`,
    locale: "ja-JP",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: CHROMIUM_FLAGS,
    },
  },
  // PORT: dist/ under a sub-path; CSP_PORT: the same with a strict CSP,
  // which lets only itself and HOST_PORT frame it; HOST_PORT: an
  // intranet-like host page on another origin that embeds PORT (/host.html)
  // or CSP_PORT (/host-csp.html). See ports.cjs.
  webServer: [
    [PORT, ""],
    [CSP_PORT, `--csp --frame-ancestors http://127.0.0.1:${HOST_PORT}`],
    [HOST_PORT, `--host-page http://127.0.0.1:${PORT} --csp-viewer http://127.0.0.1:${CSP_PORT}`],
  ].map(([port, flags]) => ({
    command: `node ${__dirname}/server.mjs ${port} ${__dirname}/../../dist ${flags}`,
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
