// Bundles the page's sources (src/) and the libraries pinned in package-lock.json into the service's static
// resources, which are committed so that the service builds and serves its page with a JDK alone:
//   npm ci && npm run build     writes ../src/main/resources/META-INF/resources/assets/
//   npm run check               fails when the committed bundle is not what the sources build (the browser test runs it)
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "../src/main/resources/META-INF/resources/assets");
const check = process.argv.includes("--check");

const banner = "/* Tarikh timeline page, built by timeline-service/web/build.mjs from web/src and the npm packages in " +
  "web/package-lock.json: d3 (ISC, Mike Bostock), Leaflet (BSD-2-Clause, Volodymyr Agafonkin, CloudMade), " +
  "topojson-client (ISC). Their licences: assets/licenses/. */";

const common = { bundle: true, minify: true, write: false, legalComments: "none", target: "es2020",
  banner: { js: banner, css: banner }, logLevel: "warning" };
const js = await build({ ...common, entryPoints: [join(here, "src/main.js")], format: "esm", outfile: "app.js" });
const css = await build({ ...common, entryPoints: [join(here, "src/app.css")], outfile: "app.css",
  loader: { ".png": "dataurl", ".svg": "dataurl" } });

const pkg = name => join(here, "node_modules", name);
const files = {
  "app.js": js.outputFiles[0].contents,
  "app.css": css.outputFiles[0].contents,
  // Natural Earth country outlines (public domain) as TopoJSON, from world-atlas (ISC): the map's offline base
  "countries-110m.json": readFileSync(join(pkg("world-atlas"), "countries-110m.json")),
  "countries-50m.json": readFileSync(join(pkg("world-atlas"), "countries-50m.json")),
};
for (const name of ["d3-array", "d3-axis", "d3-brush", "d3-scale", "d3-selection", "d3-shape", "d3-time", "d3-zoom",
  "leaflet", "topojson-client", "world-atlas"]) {
  const dir = pkg(name);
  const file = readdirSync(dir).find(f => /^LICEN[SC]E/i.test(f));
  files[`licenses/${name}.txt`] = readFileSync(join(dir, file));
}

const hash = b => createHash("sha256").update(b).digest("hex");
let stale = [];
for (const [name, bytes] of Object.entries(files)) {
  const path = join(out, name);
  if (check) {
    if (!existsSync(path) || hash(readFileSync(path)) !== hash(bytes)) stale.push(name);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
}
if (check && stale.length) {
  console.error(`the committed page bundle is not what web/src builds (${stale.join(", ")}): run 'npm run build' in timeline-service/web and commit`);
  process.exit(1);
}
console.log(check ? "bundle up to date" : `wrote ${Object.keys(files).length} files to ${out}`);
