// Runs Electronegativity (Doyensec's Electron security linter) over the app as
// it ships, prints the findings, and fails on any HIGH (or CRITICAL) one.
// Run after `npm run build`: it reads dist/, not a fresh build.
//
// What gets scanned, staged into a temporary folder because the tool only
// reads .js/.ts/.html and package.json files:
//   - dist/main.cjs, dist/preload.cjs (as .js): the code that actually runs,
//     dependencies included;
//   - dist/renderer/**: the page;
//   - electron/main and electron/preload TypeScript sources: the tool's
//     BrowserWindow checks match `new BrowserWindow({...})` literally, which the
//     bundle rewrites to `new import_electron.BrowserWindow(...)`, so without
//     the sources those checks would silently see nothing;
//   - package.json: Electron version and npm-script switches.
//
// Bundled JavaScript is down-levelled to ES2019 first: the tool's parsers
// (esprima 4, and Babel in ESTree mode walked by escope) predate class private
// fields and similar syntax, and a file they cannot parse is not checked.
// esbuild only rewrites syntax, so the calls and options the checks look for
// (`.on('will-navigate')`, `setWindowOpenHandler`, literals) survive.
//
// The tool never touches the network here: its translation download and its
// Electron-release lookup both go through `got`, which is replaced by a stub.
import fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { transformSync } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

// Checks left out, by name, with the reason.
const EXCLUDED_CHECKS = [
  // Downloads Electron's release list from GitHub and caches it in the OS temp
  // folder: needs network, and its answer depends on whatever that cache holds.
  // Keeping Electron current is the dependency updater's job, not this gate's.
  'AvailableSecurityFixesGlobalCheck',
];

const FAILING_SEVERITIES = new Set(['HIGH', 'CRITICAL']);

function fail(message) {
  console.error(`electronegativity: ${message}`);
  process.exit(2);
}

function copyInto(stage, from, to) {
  fs.mkdirSync(path.dirname(path.join(stage, to)), { recursive: true });
  fs.copyFileSync(path.join(root, from), path.join(stage, to));
}

function downlevelInto(stage, from, to) {
  const source = fs.readFileSync(path.join(root, from), 'utf8');
  const { code } = transformSync(source, { loader: 'js', target: 'es2019', sourcefile: from, charset: 'utf8' });
  fs.mkdirSync(path.dirname(path.join(stage, to)), { recursive: true });
  fs.writeFileSync(path.join(stage, to), code);
}

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

function stageApp() {
  for (const file of ['dist/main.cjs', 'dist/preload.cjs']) {
    if (!fs.existsSync(path.join(root, file))) fail(`${file} is missing; run \`npm run build\` first`);
  }
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkstad-electronegativity-'));
  copyInto(stage, 'package.json', 'package.json');
  downlevelInto(stage, 'dist/main.cjs', 'dist/main.js');
  downlevelInto(stage, 'dist/preload.cjs', 'dist/preload.js');
  const renderer = walk(path.join(root, 'dist/renderer')).filter((file) => /\.(html?|m?js)$/i.test(file));
  if (renderer.length === 0) console.warn('electronegativity: dist/renderer has no files; scanning main and preload only');
  for (const file of renderer) {
    if (/\.html?$/i.test(file)) copyInto(stage, file, file);
    else downlevelInto(stage, file, file.replace(/\.mjs$/i, '.js'));
  }
  const sources = [...walk(path.join(root, 'electron/main')), ...walk(path.join(root, 'electron/preload'))]
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  for (const file of sources) copyInto(stage, file, path.join('src', file));
  return stage;
}

// Pre-seeds the require cache so the tool's `got` import resolves to a stub
// that answers every request as unavailable. i18n then keeps its bundled
// English strings; the release lookup is excluded above, and would fail fast.
function stubNetwork(requireFromTool) {
  const gotPath = requireFromTool.resolve('got');
  const unavailable = () => Promise.resolve({ statusCode: 503, headers: {}, body: '' });
  const offline = () => Promise.reject(new Error('network disabled by scripts/electronegativity.mjs'));
  const stub = Object.assign(unavailable, { head: offline, get: offline, default: unavailable });
  const module = new Module(gotPath);
  module.filename = gotPath;
  module.loaded = true;
  module.exports = stub;
  Module._cache[gotPath] = module;
}

function electronVersion() {
  const pkg = path.join(root, 'node_modules/electron/package.json');
  return fs.existsSync(pkg) ? JSON.parse(fs.readFileSync(pkg, 'utf8')).version : undefined;
}

function printTable(rows) {
  const headers = ['Severity', 'Confidence', 'Check', 'Where', 'Description'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(headers));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

async function main() {
  const requireHere = createRequire(import.meta.url);
  const toolEntry = requireHere.resolve('@doyensec/electronegativity');
  stubNetwork(createRequire(toolEntry));
  // The tool localises from $LANG; pin it so output is the same on every machine.
  process.env.LANG = 'en-US';
  const run = requireHere(toolEntry);

  const stage = stageApp();
  let result;
  try {
    result = await run({
      input: stage,
      isRelative: true,
      excludeFromScan: EXCLUDED_CHECKS,
      electronVersionOverride: electronVersion(),
    });
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }

  const issues = [...result.issues].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity.name) - SEVERITY_ORDER.indexOf(b.severity.name) || a.id.localeCompare(b.id),
  );
  console.log(
    `Electronegativity: ${result.atomicChecks} atomic + ${result.globalChecks} global checks; ` +
      `excluded: ${EXCLUDED_CHECKS.join(', ')}`,
  );
  if (issues.length === 0) {
    console.log('No findings.');
  } else {
    printTable(
      issues.map((issue) => [
        issue.severity.name,
        issue.confidence.name,
        issue.id + (issue.manualReview ? ' (review)' : ''),
        issue.file === 'N/A' ? '-' : `${issue.file}:${issue.location.line}:${issue.location.column}`,
        issue.description,
      ]),
    );
  }

  // A file the tool could not parse was not checked at all, so that fails too.
  const parseErrors = result.errors.filter((error) => !error.tolerable);
  for (const error of parseErrors) console.error(`Could not parse ${path.relative(stage, error.file)}: ${error.message}`);

  const failing = issues.filter((issue) => FAILING_SEVERITIES.has(issue.severity.name));
  const counts = SEVERITY_ORDER.map((name) => `${name} ${issues.filter((i) => i.severity.name === name).length}`);
  console.log(`\n${counts.join(', ')}`);
  if (failing.length > 0 || parseErrors.length > 0) {
    console.error(
      `electronegativity: failed (${failing.length} HIGH/CRITICAL finding(s), ${parseErrors.length} unparsed file(s))`,
    );
    process.exit(1);
  }
  console.log('electronegativity: passed (no HIGH or CRITICAL findings)');
}

await main();
