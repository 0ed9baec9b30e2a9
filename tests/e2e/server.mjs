// A tiny static server for the end-to-end tests: serves dist/ under a
// sub-path (as an intranet page would), nothing else. No dependencies.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const port = Number(process.argv[2] ?? 4173);
const root = resolve(process.argv[3] ?? "dist");
export const BASE = "/some/sub/path/";

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

createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/health") {
    res.writeHead(200).end("ok");
    return;
  }
  if (!url.pathname.startsWith(BASE)) {
    res.writeHead(404).end("not under " + BASE);
    return;
  }
  let rel = decodeURIComponent(url.pathname.slice(BASE.length)) || "index.html";
  const path = normalize(join(root, rel));
  if (!path.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const file = (await stat(path)).isDirectory() ? join(path, "index.html") : path;
    const body = await readFile(file);
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}${BASE}`));
