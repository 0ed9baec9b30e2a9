// End-to-end tests: dist/ served under /some/sub/path/ on 127.0.0.1,
// driven by Debian's headless Chromium (no browser download).
const { defineConfig } = require("@playwright/test");

const CHROMIUM_FLAGS = require("../chromium-flags.cjs");
const PORT = 4173;

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
  // 4173: dist/ under a sub-path; 4174: the same with a strict CSP, which
  // lets only itself and 4175 frame it; 4175: an intranet-like host page on
  // another origin that embeds 4173 (/host.html) or 4174 (/host-csp.html).
  webServer: [
    [PORT, ""],
    [4174, "--csp --frame-ancestors http://127.0.0.1:4175"],
    [4175, `--host-page http://127.0.0.1:${PORT} --csp-viewer http://127.0.0.1:4174`],
  ].map(([port, flags]) => ({
    command: `node ${__dirname}/server.mjs ${port} ${__dirname}/../../dist ${flags}`,
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
