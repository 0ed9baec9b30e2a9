// A tiny static server for the end-to-end tests: serves dist/ under a
// sub-path (as an intranet page would), the test fixtures under
// __test/fixtures/, and the misbehaving answers under __test/. No
// dependencies.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

// Usage: node server.mjs <port> <dist> [--csp [--frame-ancestors <origin>…]]
//                        [--host-page <viewer origin> [--csp-viewer <origin>]]
//   --csp              send the Content-Security-Policy of docs/deploy.md,
//                      whose frame-ancestors lets only this origin ('self')
//                      and the --frame-ancestors origins frame the viewer
//   --host-page        instead of dist/, serve /host.html: an intranet-like
//                      page that embeds the viewer from another origin with
//                      embed.js; /host-csp.html embeds the --csp-viewer
const port = Number(process.argv[2] ?? 4173);
const root = resolve(process.argv[3] ?? "dist");
const csp = process.argv.includes("--csp");
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : null;
};
const viewerOrigin = option("--host-page");
const cspViewerOrigin = option("--csp-viewer");
const BASE = "/some/sub/path/";
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  `img-src 'self' data: blob:; frame-ancestors 'self'${option("--frame-ancestors") ? " " + option("--frame-ancestors") : ""}`;

const hostPage = (viewer, query) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>Intranet portal</title></head>
<body style="margin:0;font-family:sans-serif"><h1 id="portal">ポータル</h1>
<iframe data-shinchoku id="viewer" src="${viewer}${BASE}?embed=1${query}" title="Shinchoku" style="width:100%;border:0;height:150px"></iframe>
<p id="after">after the viewer</p>
<script src="${viewer}${BASE}embed.js"></script></body></html>`;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

// Servers that misbehave, for the loading tests (each bounded in time).
const MB = 1024 * 1024;
let bomb = null;
async function misbehave(name, url, req, res) {
  const json = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };
  if (name === "stall") {
    // Headers and the first byte, then nothing (closed after a minute).
    res.writeHead(200, json);
    res.write("{");
    const t = setTimeout(() => res.end(), 60_000);
    req.on("close", () => clearTimeout(t));
  } else if (name === "endless") {
    // No Content-Length: chunk after chunk, 60 MB at most.
    res.writeHead(200, json);
    let sent = 0;
    const chunk = Buffer.alloc(MB, 0x20);
    const more = () => {
      while (sent < 60 * MB) {
        sent += MB;
        if (!res.write(chunk)) return res.once("drain", more);
      }
      res.end();
    };
    req.on("close", () => (sent = Infinity));
    more();
  } else if (name === "bomb") {
    // A small gzip body that unpacks to 300 MB.
    bomb ??= gzipSync(Buffer.alloc(300 * MB, 0x20), { level: 9 });
    const body = bomb;
    res.writeHead(200, { ...json, "content-encoding": "gzip", "content-length": body.length });
    res.end(body);
  } else if (name === "slow") {
    // The bundled dataset, after a delay.
    const t = setTimeout(async () => {
      res.writeHead(200, json);
      res.end(await readFile(join(root, "data/fy2022.json")));
    }, Number(url.searchParams.get("ms") ?? 3000));
    req.on("close", () => clearTimeout(t));
  } else if (name === "redirect") {
    // A redirect (302 by default) to ?to=, as a same-origin path on a
    // server that redirects elsewhere would answer.
    res.writeHead(Number(url.searchParams.get("status") ?? 302), { location: url.searchParams.get("to") ?? "", "cache-control": "no-store" });
    res.end();
  } else if (name === "cors-dataset") {
    // The bundled dataset under another title, readable from any origin
    // (Access-Control-Allow-Origin: *): a foreign site that lets anyone read it.
    const data = JSON.parse(await readFile(join(root, "data/fy2022.json"), "utf8"));
    data.report.title = data.report.title_en = "FOREIGN DATASET";
    res.writeHead(200, { ...json, "access-control-allow-origin": "*" });
    res.end(JSON.stringify(data));
  } else if (name === "malformed") {
    // A dataset of the wrong type at line 1 (for browsers that cannot intercept requests).
    res.writeHead(200, json);
    res.end('{"schema_version": "one"}');
  } else {
    res.writeHead(404).end("no such test");
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/health") {
    res.writeHead(200).end("ok");
    return;
  }
  if (viewerOrigin) {
    const viewer = { "/host.html": viewerOrigin, "/host-csp.html": cspViewerOrigin }[url.pathname];
    if (viewer) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(hostPage(viewer, url.search.replace(/^\?/, "&")));
    } else {
      res.writeHead(404).end("host page server");
    }
    return;
  }
  if (!url.pathname.startsWith(BASE)) {
    res.writeHead(404).end("not under " + BASE);
    return;
  }
  let rel = decodeURIComponent(url.pathname.slice(BASE.length)) || "index.html";
  // The test fixtures (tests/fixtures/*.json, e.g. the synthetic next
  // year's report), on this origin for ?compare= and ?data=, never in dist/.
  const fixture = /^__test\/fixtures\/([a-z0-9-]+\.json)$/.exec(rel);
  if (fixture) {
    try {
      const body = await readFile(new URL(`../fixtures/${fixture[1]}`, import.meta.url));
      res.writeHead(200, { "content-type": TYPES[".json"], "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404).end("no such fixture");
    }
    return;
  }
  if (rel.startsWith("__test/")) {
    misbehave(rel.slice("__test/".length), url, req, res);
    return;
  }
  const path = normalize(join(root, rel));
  if (!path.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const file = (await stat(path)).isDirectory() ? join(path, "index.html") : path;
    const body = await readFile(file);
    const headers = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    };
    if (csp) headers["content-security-policy"] = CSP;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}${BASE}`));
