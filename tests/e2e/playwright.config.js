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
  // 4173: dist/ under a sub-path; 4174: the same with a strict CSP;
  // 4175: an intranet-like host page on another origin that embeds 4173.
  webServer: [
    [PORT, ""],
    [4174, "--csp"],
    [4175, `--host-page http://127.0.0.1:${PORT}`],
  ].map(([port, flags]) => ({
    command: `node ${__dirname}/server.mjs ${port} ${__dirname}/../../dist ${flags}`,
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
