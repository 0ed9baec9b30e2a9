// A small page API over a WebDriver session: open, click, read, and wait on
// conditions by polling the DOM (never a fixed sleep).
import selenium from "selenium-webdriver";

const { By } = selenium;
const POLL_MS = 100;

/** A failed expectation, with what was expected and what was seen. */
export class Failure extends Error {}

/** Throws a Failure with `message` unless `ok`. */
export function check(ok, message) {
  if (!ok) throw new Failure(message);
}

/** Throws unless `actual` and `expected` are deep-equal (by JSON). */
export function checkEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, `${what}: expected ${e}, got ${a}`);
}

/** The page of one session; `step` names what it is doing, for timeout messages. */
export class Page {
  constructor(driver) {
    this.driver = driver;
    this.step = "starting";
  }

  /** Runs `fn(...args)` in the page (the current frame) and returns its value. */
  js(fn, ...args) {
    return this.driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
  }

  /** Navigates to `url` and waits until the app is ready. */
  async open(url, { ready = true } = {}) {
    this.step = `opening ${url}`;
    await this.driver.get(url);
    if (ready) await this.ready();
  }

  /** Waits for `<html data-ready="true">` in the current document or frame; on failure says what the page shows. */
  async ready(timeoutMs = 30_000) {
    try {
      await this.waitFor('<html data-ready="true">', () => document.documentElement.dataset.ready === "true", [], timeoutMs);
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      const shown = await this.js(() => {
        const alert = document.querySelector('[role="alert"], [data-testid="load-error"]');
        return (alert ?? document.body)?.textContent.replace(/\s+/g, " ").trim().slice(0, 300) ?? "(no body)";
      }).catch(() => "(the page cannot be read)");
      throw new Failure(`${e.message}; the page shows: ${shown || "(nothing)"}`);
    }
  }

  /** Reloads and waits until the new document is ready (not the old one). */
  async reload() {
    await this.js(() => (window.__crossOldDocument = true));
    this.step = "reloading";
    await this.driver.navigate().refresh();
    await this.waitFor("the reloaded document to be ready", () => !window.__crossOldDocument && document.documentElement.dataset.ready === "true");
  }

  /** Polls `fn(...args)` in the page until it returns something truthy; returns that. */
  async waitFor(what, fn, args = [], timeoutMs = 30_000) {
    this.step = `waiting for ${what}`;
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
      try {
        last = await this.js(fn, ...args);
        if (last) return last;
      } catch (e) {
        // A navigation in progress can fail a script; anything else is real.
        if (!/unload|navigat|detached|context|stale|no such window|JavaScript/i.test(String(e.message))) throw e;
        last = `(script error: ${String(e.message).split("\n")[0]})`;
      }
      if (Date.now() > deadline) {
        throw new Failure(`timed out after ${timeoutMs / 1000} s waiting for ${what} (last seen: ${JSON.stringify(last)})`);
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  /** Waits until `css` matches exactly `n` elements. */
  async waitCount(css, n, timeoutMs) {
    try {
      await this.waitFor(`${n} × ${css}`, (css, n) => document.querySelectorAll(css).length === n, [css, n], timeoutMs);
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      const seen = await this.js((css) => document.querySelectorAll(css).length, css).catch(() => "?");
      throw new Failure(`${e.message}; ${seen} match`);
    }
  }

  /** Waits until the (whitespace-normalised) text of `css` contains `needle` (a string or RegExp source). */
  waitText(css, needle, timeoutMs) {
    const regex = needle instanceof RegExp ? needle.source : null;
    return this.waitFor(
      `${css} to contain ${needle}`,
      (css, needle, regex) => {
        const el = document.querySelector(css);
        const text = el ? el.textContent.replace(/\s+/g, " ").trim() : null;
        return text !== null && (regex ? new RegExp(regex).test(text) : text.includes(needle));
      },
      [css, String(needle), regex],
      timeoutMs,
    );
  }

  /** The whitespace-normalised text of the first `css`, or null. */
  text(css) {
    return this.js((css) => {
      const el = document.querySelector(css);
      return el ? el.textContent.replace(/\s+/g, " ").trim() : null;
    }, css);
  }

  /** `attr` of every element matching `css` (data-* by their dataset name). */
  attrs(css, attr) {
    return this.js((css, attr) => [...document.querySelectorAll(css)].map((e) => e.getAttribute(attr)), css, attr);
  }

  /** The current URL of the top document. */
  url() {
    return this.driver.getCurrentUrl();
  }

  /** Waits until the top document's URL matches `regex`. */
  async waitUrl(regex, timeoutMs = 10_000) {
    this.step = `waiting for the URL to match ${regex}`;
    const deadline = Date.now() + timeoutMs;
    let url;
    while (!regex.test((url = await this.url()))) {
      if (Date.now() > deadline) throw new Failure(`URL ${url} does not match ${regex} after ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    return url;
  }

  /** Clicks the first element matching `css`, as a user would (scrolled into view). */
  async click(css) {
    this.step = `clicking ${css}`;
    const el = await this.driver.findElement(By.css(css));
    await this.js((el) => el.scrollIntoView({ block: "center" }), el);
    await el.click();
  }

  /** Gives a file input the file at `path`, as choosing it in the file dialog would. */
  async chooseFile(css, path) {
    this.step = `choosing ${path} in ${css}`;
    const el = await this.driver.findElement(By.css(css));
    await el.sendKeys(path);
  }

  /** Runs `fn` with the iframe `css` as the current frame, then returns to the top document. */
  async inFrame(css, fn) {
    this.step = `entering frame ${css}`;
    await this.driver.switchTo().frame(await this.driver.findElement(By.css(css)));
    try {
      return await fn();
    } finally {
      await this.driver.switchTo().defaultContent();
    }
  }
}
