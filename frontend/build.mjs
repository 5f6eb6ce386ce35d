// Baut site/static/dist/weltoffen.css aus frontend/scss/weltoffen.scss und
// kopiert die im CSS referenzierten Schriftdateien aus @kern-ux/native.
// Keine weiteren Abhängigkeiten außer "sass" (reines JavaScript).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as sass from "sass";
import subsetFont from "subset-font";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const kernDir = join(root, "node_modules", "@kern-ux", "native");
const entry = join(root, "frontend", "scss", "weltoffen.scss");
const outDir = join(root, "site", "static", "dist");
const fontSourceDir = join(kernDir, "dist", "fonts", "fira-sans");
const fontOutDir = join(outDir, "fonts");

/**
 * Zwei sichere Verkleinerungen, die Sass selbst nicht macht:
 * 1. KERN schreibt fast überall var(--token, Ersatzwert). Ist das Token im
 *    Stylesheet deklariert, wird der Ersatzwert nie gebraucht – er fliegt raus.
 * 2. Custom Properties, die nirgends per var() gelesen werden (z. B. die
 *    meisten der ~300 Primitiv-Farben), werden entfernt; danach leere Regeln.
 * 3. Token, die genau einmal auf oberster Ebene in :root gesetzt und nirgends
 *    (Media Query, Farbschema) umdefiniert werden, sind Konstanten: ihr
 *    aufgelöster Wert wird direkt eingesetzt (z. B. var(--kern-metric-space-none)
 *    → 0rem). Umschaltbare Token (Farben, responsive Größen) bleiben Variablen.
 * Seitenvorlagen dürfen keine Inline-Styles nutzen, also ist das CSS selbst
 * der einzige Leser der Variablen.
 */
// Regeln von KERN, die nur zum Umschalten per Klasse dienen (.kern-light,
// .kern-dark, .kern-level-1/2). Weltoffen nutzt sie nicht; das Farbschema
// folgt weiterhin der Systemeinstellung (prefers-color-scheme).
const UNUSED_KERN_RULES = [
  "[data-kern-theme=light],.kern-light{",
  "[data-kern-theme=dark],.kern-dark{",
  ".kern-level-1{",
  ".kern-level-2{",
];

function optimise(input) {
  let css = input;
  for (const prefix of UNUSED_KERN_RULES) {
    let at = css.indexOf(prefix);
    while (at !== -1) {
      if (at === 0 || css[at - 1] === "}") {
        css = css.slice(0, at) + css.slice(css.indexOf("}", at) + 1);
      } else {
        at += prefix.length;
      }
      at = css.indexOf(prefix, at);
    }
  }
  // Führende Leerzeichen in Custom-Property-Werten sind bedeutungslos.
  css = css.replace(/(?<=[{;]--[\w-]+:)\s+/g, "");
  const declared = new Set([...css.matchAll(/(?<=[{;])(--[\w-]+):/g)].map((m) => m[1]));

  css = css.replace(/var\((--[\w-]+),[^()]*\)/g, (whole, name) => (declared.has(name) ? `var(${name})` : whole));
  css = foldConstantTokens(css);

  for (;;) {
    const used = new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]));
    let next = css.replace(/(?<=[{;])(--[\w-]+):[^;{}]*(?:;|(?=}))/g, (decl, name) => (used.has(name) ? decl : ""));
    next = next.replace(/;}/g, "}");
    let previous;
    do {
      previous = next;
      next = next.replace(/(^|[{}])[^{}]*\{\}/g, "$1");
    } while (next !== previous);
    if (next === css) break;
    css = next;
  }
  // 0.5rem → .5rem (führende Null ist überflüssig)
  css = css.replace(/([\s:,(])0\.(\d)/g, "$1.$2");
  return css;
}

function foldConstantTokens(css) {
  const counts = new Map();
  for (const [, name] of css.matchAll(/(?<=[{;])(--[\w-]+):/g)) counts.set(name, (counts.get(name) ?? 0) + 1);

  // Deklarationen aus :root-Regeln auf oberster Ebene einsammeln
  const raw = new Map();
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === "{") {
      if (depth === 0 && css.slice(start, i) === ":root") {
        const body = css.slice(i + 1, css.indexOf("}", i));
        for (const decl of body.split(";")) {
          const colon = decl.indexOf(":");
          const name = decl.slice(0, colon);
          if (name.startsWith("--") && counts.get(name) === 1) raw.set(name, decl.slice(colon + 1).trim());
        }
      }
      depth++;
    } else if (css[i] === "}") {
      depth--;
      if (depth === 0) start = i + 1;
    }
  }

  const resolved = new Map();
  const resolve = (name, seen = new Set()) => {
    if (resolved.has(name)) return resolved.get(name);
    if (!raw.has(name) || seen.has(name)) return null;
    seen.add(name);
    const value = raw.get(name).replace(/var\((--[\w-]+)\)/g, (whole, ref) => resolve(ref, seen) ?? whole);
    const result = value.includes("var(") ? null : value;
    resolved.set(name, result);
    return result;
  };

  return css.replace(/var\((--[\w-]+)\)/g, (whole, name) => resolve(name) ?? whole);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

if (!existsSync(kernDir)) {
  console.error("@kern-ux/native fehlt – bitte zuerst `npm ci` ausführen.");
  process.exit(1);
}

const result = sass.compile(entry, {
  style: "compressed",
  loadPaths: [join(kernDir, "src", "scss")],
  sourceMap: false,
  // Warnungen aus den KERN-Quellen betreffen uns nicht; unsere eigenen schon.
  quietDeps: true,
});

const css = optimise(result.css) + "\n";

// Ausgabeordner frisch anlegen, damit keine veralteten Dateien liegen bleiben.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(fontOutDir, { recursive: true });
writeFileSync(join(outDir, "weltoffen.css"), css);

// Genau die Schriftdateien erzeugen, die das CSS per url(fonts/…) lädt:
// "fonts/<Schnitt>.<Teilmenge>.woff2" mit der unicode-range derselben
// @font-face-Regel wird aus der KERN-Datei <Schnitt>.woff2 zugeschnitten.
function codePoints(range) {
  const text = [];
  for (const part of range.split(",")) {
    const [start, end] = part.trim().replace(/^U\+/i, "").split("-");
    const first = parseInt(start, 16);
    const last = end ? parseInt(end, 16) : first;
    for (let cp = first; cp <= last; cp++) text.push(String.fromCodePoint(cp));
  }
  return text.join("");
}

const fontFaces = [];
for (const block of css.matchAll(/@font-face\{([^}]*)\}/g)) {
  const url = block[1].match(/url\(["']?fonts\/([^"')]+)["']?\)/);
  const range = block[1].match(/unicode-range:\s*([^;]+)/);
  if (url) fontFaces.push({ file: url[1], range: range ? range[1] : null });
}
if (fontFaces.length === 0) {
  console.error("Keine Schriftdateien im CSS gefunden – _fonts.scss prüfen.");
  process.exit(1);
}
const fontFiles = new Set();
let fontBytes = 0;
for (const { file, range } of fontFaces) {
  const source = join(fontSourceDir, file.replace(/\.[a-z-]+\.woff2$/, ".woff2"));
  if (!existsSync(source)) {
    console.error(`Schriftdatei fehlt in @kern-ux/native: ${source}`);
    process.exit(1);
  }
  const target = join(fontOutDir, file);
  if (range) {
    const subset = await subsetFont(readFileSync(source), codePoints(range), {
      targetFormat: "woff2",
    });
    writeFileSync(target, subset);
  } else {
    copyFileSync(source, target);
  }
  fontFiles.add(file);
  fontBytes += statSync(target).size;
}

// Externe Adressen im CSS wären ein Datenschutzproblem (Drittanbieter-Requests).
const external = css.match(/url\(["']?(https?:)?\/\//g);
if (external) {
  console.error("Das CSS enthält externe url()-Verweise:", external);
  process.exit(1);
}

const cssBytes = Buffer.byteLength(css);
console.log(`site/static/dist/weltoffen.css  ${kib(cssBytes)} (gzip ${kib(gzipSync(css).length)})`);
console.log(`site/static/dist/fonts/         ${readdirSync(fontOutDir).length} Dateien, ${kib(fontBytes)}`);
for (const file of [...fontFiles].sort()) console.log(`  - ${file}`);
if (cssBytes > 60 * 1024) {
  console.warn("Hinweis: weltoffen.css ist größer als das Ziel von 60 KiB.");
}
