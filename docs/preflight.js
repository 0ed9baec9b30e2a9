// Shinchoku's preflight: a classic script (ES5, not a module, no integrity
// attribute) that index.html loads before the app, so it runs in any browser
// that runs scripts at all, from a web server or from disk. Instead of the
// endless "Starting Shinchoku…" placeholder it says, in Japanese and English,
// (1) that this browser cannot run the app (no WebAssembly, or not the
// WebAssembly features this build uses, or no JavaScript modules), or
// (2) that dist/index.html was opened from a file (file://), where the
// browser lets it read none of its other files, and how to open it instead.
// The single-file edition (shinchoku-standalone.html) carries its files
// inline and runs from disk: there only check (1) applies.
// (3) Once the app runs, a trap of its WebAssembly module (out of memory,
// say, on a huge file) stops it for good and is no Rust panic, so the
// app's panic panel never comes: instead of a spinner left turning, the
// app is replaced by the same panel (the panic hook's own stays as it is).
// (4) On a page prerendered at build time (`make dist` writes the bundled
// report's pages: index.html, kpis.html, …) it runs before the page is
// first drawn (it is loaded without `defer` for this): it applies the
// theme the address or the system asks for, and when the address asks for
// another view than the page shows (filters, another dataset, an embed),
// it hides the page's content behind the loading placeholder until the app
// has built the right one (src/ui/takeover.rs), so nothing wrong is shown.
// Where the app cannot run, the page is the report: a short notice above
// it says what needs the app and how to get it, in the page's language (in
// both when the address asks for another view, which may be the other
// language's).
(function () {
  "use strict";

  var root = document.documentElement;
  root.className += " js";

  // The query as sorted "key=value" strings, the theme aside; null when it
  // cannot be read.
  function pairs(query) {
    var out = [];
    var parts = query.replace(/^\?/, "").split("&");
    try {
      for (var i = 0; i < parts.length; i++) {
        if (!parts[i]) continue;
        var eq = parts[i].indexOf("=");
        var key = decodeURIComponent((eq < 0 ? parts[i] : parts[i].slice(0, eq)).replace(/\+/g, " "));
        var value = eq < 0 ? "" : decodeURIComponent(parts[i].slice(eq + 1).replace(/\+/g, " "));
        if (key !== "theme") out.push(key + "=" + value);
      }
    } catch (e) {
      return null;
    }
    return out.sort();
  }

  // (4) The page's own query, if it was prerendered (see
  // src/core/select/pages.rs, Page::shows: the same rule).
  var meta = document.querySelector('meta[name="shinchoku-query"]');
  var asked = pairs(location.search);
  var stale = false;
  if (meta) {
    var own = pairs(meta.getAttribute("content") || "");
    stale = asked === null || (asked.length > 0 && asked.join("&") !== own.join("&"));
    if (stale) root.className += " prerender-stale";
    // The app starts once this page's first frame is drawn (the loader
    // waits for this event while shinchokuDrawn is false,
    // .ci/csp-loader.mjs), so that nothing of it delays the report.
    else if (window.requestAnimationFrame) {
      window.shinchokuDrawn = false;
      requestAnimationFrame(function () {
        setTimeout(function () {
          window.shinchokuDrawn = true;
          window.dispatchEvent(new Event("shinchoku:drawn"));
        }, 0);
      });
    }
  }
  // (5) Where the app builds the page itself (no prerendered page, or one
  // the address asks another view of), the wasm is fetched now, while the
  // page loads; a prerendered page the address asks for leaves it to the
  // loader, after its first frame, which the wasm's 1 MB coming in would
  // delay (.ci/csp-loader.mjs names the file in a meta element).
  var wasm = document.querySelector('meta[name="shinchoku-wasm"]');
  if (wasm && (!meta || stale)) {
    var preload = document.createElement("link");
    preload.rel = "preload";
    preload.as = "fetch";
    preload.crossOrigin = "anonymous";
    preload.setAttribute("fetchpriority", "low");
    preload.href = wasm.getAttribute("content");
    document.head.appendChild(preload);
  }
  var theme = /(?:^|&)theme=(dark|light)(?:&|$)/.exec(location.search.replace(/^\?/, ""));
  var dark = theme ? theme[1] === "dark" : !!(window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
  root.setAttribute("data-theme", dark ? "dark" : "light");

  // A 57-byte module that uses every WebAssembly feature rustc's
  // wasm32-unknown-unknown target enables and this build's wasm uses:
  // multi-value results, an externref table (reference types),
  // memory.copy (bulk memory), i32.extend8_s (sign extension) and
  // i32.trunc_sat_f32_s (non-trapping float-to-int).
  var FEATURES = [
    0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 0, 2, 127, 127, 3, 2, 1, 0, 4, 4, 1, 111, 0, 0, 5, 3, 1, 0, 1,
    10, 24, 1, 22, 0, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0, 65, 0, 192, 67, 0, 0, 0, 0, 252, 0, 11,
  ];

  function supported() {
    try {
      return (
        typeof WebAssembly === "object" &&
        WebAssembly.validate(new Uint8Array(FEATURES)) &&
        "noModule" in document.createElement("script")
      );
    } catch (e) {
      return false;
    }
  }

  // One bilingual notice in place of the boot placeholder. Styled inline:
  // from a file the stylesheet may not load either.
  function notice(testid, heading, parts) {
    var boot = document.getElementById("boot");
    if (boot) boot.parentNode.removeChild(boot);
    var section = document.createElement("section");
    section.className = "panel error-panel";
    section.setAttribute("role", "alert");
    section.setAttribute("data-testid", testid);
    var s = section.style;
    s.maxWidth = "46rem";
    s.margin = "2rem auto";
    s.padding = "1rem 1.5rem";
    s.border = "2px solid #b3261e";
    s.borderRadius = "8px";
    s.fontFamily = "system-ui, sans-serif";
    s.lineHeight = "1.6";
    var h = document.createElement("h1");
    h.style.fontSize = "1.3rem";
    h.appendChild(document.createTextNode(heading));
    section.appendChild(h);
    for (var i = 0; i < parts.length; i++) {
      var p = document.createElement("p");
      p.setAttribute("lang", parts[i][0]);
      for (var j = 1; j < parts[i].length; j++) {
        var piece = parts[i][j];
        if (typeof piece === "string") {
          p.appendChild(document.createTextNode(piece));
        } else {
          var a = document.createElement("a");
          a.setAttribute("href", piece.href);
          a.appendChild(document.createTextNode(piece.text));
          p.appendChild(a);
        }
      }
      section.appendChild(p);
    }
    var app = document.getElementById("app");
    document.body.insertBefore(section, app || document.body.firstChild);
  }

  // (4) Above a prerendered page the app cannot take over: what needs it.
  function reportOnly() {
    root.className = root.className.replace(" prerender-stale", "") + " no-app";
    var boot = document.getElementById("boot");
    if (boot) boot.parentNode.removeChild(boot);
    var section = document.createElement("section");
    section.className = "notice app-needed";
    section.setAttribute("role", "note");
    section.setAttribute("data-testid", "report-only");
    var parts = [
      ["ja", "このブラウザでは WebAssembly が使えないため、報告書を読むことはできますが、絞り込み・並べ替え・出力などの操作はできません" + (stale ? "（このアドレスの表示条件も反映されていません）" : "") + "。Safari のロックダウンモードや Edge のセキュリティ強化モードでは、このサイトを対象外に設定すると利用できます。"],
      ["en", "This browser cannot run WebAssembly here: you can read the report, but filtering, sorting and exporting need it" + (stale ? " (nor is this address's selection applied)" : "") + ". In Safari's Lockdown Mode or Edge's enhanced security mode, exclude this site to use them."],
    ];
    var lang = root.getAttribute("lang");
    var one = !stale && (lang === "ja" || lang === "en");
    for (var i = 0; i < parts.length; i++) {
      if (one && parts[i][0] !== lang) continue;
      var p = document.createElement("p");
      p.setAttribute("lang", parts[i][0]);
      p.appendChild(document.createTextNode(parts[i][1]));
      section.appendChild(p);
    }
    var app = document.getElementById("app");
    app.parentNode.insertBefore(section, app);
  }

  function run() {
    var standalone = document.getElementById("shinchoku-file:data/index.json") !== null;
    var prerendered = document.getElementById("prerendered") !== null;
    // Asked once: traced, each WebAssembly.validate here took the main
    // thread 1.6-3.7 ms at DOMContentLoaded, before the app starts.
    var able = supported();
    if (!able && prerendered) {
      reportOnly();
    } else if (!able) {
      notice("unsupported-browser", "このブラウザでは Shinchoku を利用できません / This browser cannot run Shinchoku", [
        ["ja", "Shinchoku は JavaScript モジュールと WebAssembly（multi-value、reference types、bulk memory、sign extension、non-trapping float-to-int）で動作します。Chrome・Edge 97、Firefox 89、Safari 16 以降で開いてください。"],
        ["en", "Shinchoku needs JavaScript modules and WebAssembly with multi-value, reference types, bulk memory, sign extension and non-trapping float-to-int. Open it in Chrome or Edge 97, Firefox 89, Safari 16 or later."],
      ]);
    } else if (location.protocol === "file:" && !standalone) {
      // The page's own report stays readable below the notice.
      if (prerendered) root.className += " no-app";
      var single = { href: "shinchoku-standalone.html", text: "shinchoku-standalone.html" };
      notice("file-protocol", "ファイルから直接は開けません / This page cannot run from a file", [
        ["ja", "ブラウザは、ファイルとして開いたページに同じフォルダーの他のファイル（プログラム、スタイル、データ）を読ませません。次のどちらかで開いてください。"],
        ["ja", "1. 1ファイル版 ", single, " を開く（このフォルダーにあり、ダブルクリックでそのまま動きます）。"],
        ["ja", "2. このフォルダーを Web サーバーで公開し、http:// または https:// のアドレスで開く（例: このフォルダーで python3 -m http.server を実行し、http://localhost:8000/ を開く）。"],
        ["en", "Browsers do not let a page opened from a file read the other files in its folder (the program, the styles, the data). Open it one of these ways:"],
        ["en", "1. Open the single-file edition ", single, " (in this folder; it runs straight from disk)."],
        ["en", "2. Serve this folder with a web server and open its http:// or https:// address (for example, run python3 -m http.server in this folder and open http://localhost:8000/)."],
      ]);
    }
  }

  // (3) Whether `error` is the WebAssembly module stopping: a trap
  // (`unreachable`, which is also how an allocation that failed ends, or a
  // memory access out of bounds) or its stack running out.
  function isTrap(error) {
    if (typeof WebAssembly === "object" && typeof WebAssembly.RuntimeError === "function" && error instanceof WebAssembly.RuntimeError) return true;
    return error instanceof RangeError && /wasm/.test(String(error.stack));
  }

  // Replaces the app with the panel the panic hook shows (src/ui/page/panic.rs),
  // unless that panel is already there.
  function stopped(error) {
    if (!isTrap(error) || document.getElementById("fatal-error")) return;
    var host = document.getElementById("app") || document.body;
    var panel = document.createElement("section");
    panel.id = "fatal-error";
    panel.className = "panel error-panel";
    panel.setAttribute("role", "alert");
    var h = document.createElement("h2");
    h.appendChild(document.createTextNode("Shinchoku stopped because of an internal error / 内部エラーが発生しました"));
    panel.appendChild(h);
    var pre = document.createElement("pre");
    pre.appendChild(document.createTextNode(String(error)));
    panel.appendChild(pre);
    var parts = [
      ["ja", "WebAssembly の処理が停止しました。非常に大きなファイルでブラウザのメモリが不足した場合などに起こります。ページを再読み込みしてください。"],
      ["en", "The WebAssembly module stopped; this happens, for example, when a very large file leaves the browser without memory for it. Reload the page to start again."],
    ];
    for (var i = 0; i < parts.length; i++) {
      var p = document.createElement("p");
      p.setAttribute("lang", parts[i][0]);
      p.appendChild(document.createTextNode(parts[i][1]));
      panel.appendChild(p);
    }
    while (host.firstChild) host.removeChild(host.firstChild);
    host.appendChild(panel);
    document.documentElement.setAttribute("data-error", "trap");
  }

  window.addEventListener("error", function (event) {
    stopped(event.error);
  });
  window.addEventListener("unhandledrejection", function (event) {
    stopped(event.reason);
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
})();
