// Trunk post-build hook: moves Trunk's inline module loader out of
// index.html into a hashed file, so dist/ runs under a Content-Security-Policy
// of `script-src 'self' 'wasm-unsafe-eval'` (no 'unsafe-inline').
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("set TRUNK_STAGING_DIR or pass the dist directory");
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.log("csp-loader: no inline module script (already moved)");
  process.exit(0);
}
const code = match[1].trim() + "\n";
const hash = createHash("sha384").update(code).digest();
const name = `loader-${hash.toString("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
const integrity = `sha384-${hash.toString("base64")}`;
writeFileSync(
  file,
  html.replace(inline, `<script type="module" src="./${name}" integrity="${integrity}"></script>`),
);
console.log(`csp-loader: moved the inline loader to ${name}`);
