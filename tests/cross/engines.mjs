// The browsers of the cross-browser suite, each driven through its own
// WebDriver server: Firefox ESR (geckodriver, headless), WebKitGTK
// (WebKitWebDriver + MiniBrowser under Xvfb) and Debian's Chromium
// (chromedriver). Nothing is downloaded.
import { existsSync, readdirSync } from "node:fs";
import { delimiter, join } from "node:path";
import { homedir } from "node:os";
import selenium from "selenium-webdriver";
import http from "selenium-webdriver/http/index.js";
import { start, stop, freePort, waitHttp } from "./procs.mjs";
import CHROMIUM_FLAGS from "../chromium-flags.cjs";

const { WebDriver } = selenium;

/** The first of `names` found on PATH (or ~/.cargo/bin), else null. */
export function which(...names) {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), join(homedir(), ".cargo/bin")];
  for (const name of names) {
    if (name.startsWith("/")) {
      if (existsSync(name)) return name;
      continue;
    }
    for (const dir of dirs) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** WebKitGTK's MiniBrowser (/usr/lib/<arch>/webkit2gtk-4.x/MiniBrowser), or null. */
function miniBrowser() {
  for (const arch of safeList("/usr/lib")) {
    for (const dir of safeList(join("/usr/lib", arch)).filter((d) => /^webkit2?gtk-\d/.test(d)).sort().reverse()) {
      const path = join("/usr/lib", arch, dir, "MiniBrowser");
      if (existsSync(path)) return path;
    }
  }
  return null;
}

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

// Firefox would otherwise try to reach Mozilla's services from a closed network.
const FIREFOX_PREFS = {
  "app.update.disabledForTesting": true,
  "app.normandy.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "browser.region.network.url": "",
  "browser.search.update": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "extensions.update.enabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "toolkit.telemetry.enabled": false,
};

const CHROMIUM_ARGS = ["--headless=new", ...CHROMIUM_FLAGS, "--window-size=1280,1000"];

/** The engines the suite knows: how to find, start and ask for each. */
export const ENGINES = {
  firefox: {
    label: "Firefox ESR",
    find() {
      const driver = which(process.env.GECKODRIVER ?? "geckodriver");
      const browser = which("/usr/bin/firefox-esr", "/usr/lib/firefox-esr/firefox-esr", "firefox-esr", "firefox");
      return { driver, browser, missing: missing({ geckodriver: driver, "firefox-esr": browser }) };
    },
    async command(found, port) {
      const ws = await freePort();
      return [found.driver, ["--host", "127.0.0.1", "--port", String(port), "--websocket-port", String(ws), "--log", "warn"]];
    },
    capabilities: (found, prefs = {}) => ({
      browserName: "firefox",
      "moz:firefoxOptions": { binary: found.browser, args: ["-headless", "-width=1280", "-height=1000"], prefs: { ...FIREFOX_PREFS, ...prefs } },
    }),
  },
  webkit: {
    label: "WebKitGTK",
    find() {
      const driver = which(process.env.WEBKIT_WEBDRIVER ?? "WebKitWebDriver");
      const browser = miniBrowser();
      const xvfb = which("xvfb-run");
      return { driver, browser, xvfb, missing: missing({ WebKitWebDriver: driver, MiniBrowser: browser, "xvfb-run": xvfb }) };
    },
    // GTK's MiniBrowser has no headless mode: a private X server per run.
    async command(found, port) {
      return [found.xvfb, ["-a", "-s", "-screen 0 1600x1200x24 -nolisten tcp", found.driver, `--port=${port}`, "--host=local"]];
    },
    capabilities: (found) => ({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: found.browser, args: ["--automation"] },
    }),
  },
  chromium: {
    label: "Chromium",
    find() {
      const driver = which(process.env.CHROMEDRIVER ?? "chromedriver");
      const browser = which("/usr/bin/chromium", "chromium");
      return { driver, browser, missing: missing({ chromedriver: driver, chromium: browser }) };
    },
    async command(found, port) {
      return [found.driver, [`--port=${port}`, "--allowed-ips=127.0.0.1"]];
    },
    capabilities: (found) => ({
      browserName: "chrome",
      "goog:chromeOptions": { binary: found.browser, args: CHROMIUM_ARGS },
    }),
  },
};

function missing(parts) {
  return Object.entries(parts)
    .filter(([, path]) => !path)
    .map(([name]) => name);
}

/** Starts `engine`'s WebDriver server and one browser session; `close()`
 * ends both. `prefs`: Firefox's preferences for this session, on top of ours. */
export async function launch(name, found, prefs = {}) {
  const engine = ENGINES[name];
  const port = await freePort();
  const [cmd, args] = await engine.command(found, port);
  const proc = start(`${name} driver`, cmd, args);
  const close = () => stop(proc);
  try {
    await waitHttp(`http://127.0.0.1:${port}/status`, proc, 30_000);
    const executor = new http.Executor(new http.HttpClient(`http://127.0.0.1:${port}`));
    const capabilities = new selenium.Capabilities({
      ...engine.capabilities(found, prefs),
      pageLoadStrategy: "normal",
      timeouts: { implicit: 0, pageLoad: 30_000, script: 30_000 },
      unhandledPromptBehavior: "dismiss and notify",
    });
    const driver = await withTimeout(WebDriver.createSession(executor, capabilities), 60_000, `${name}: new session`, proc);
    await driver
      .manage()
      .window()
      .setRect({ width: 1280, height: 1000 })
      .catch(() => {});
    const caps = await driver.getCapabilities();
    const version = `${caps.getBrowserName()} ${caps.getBrowserVersion()}`;
    return { driver, version, proc, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** `promise`, or an error naming `what` after `ms` (with the driver's last output). */
export function withTimeout(promise, ms, what, proc) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      const tail = proc?.tail.length ? `\n  ${proc.name} said:\n  ${proc.tail.slice(-10).join("\n  ")}` : "";
      reject(new Error(`${what}: no answer within ${ms / 1000} s${tail}`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
