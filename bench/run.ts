// `npm run bench [-- engine hunt server web]`: runs the benchmarks and writes
// docs/benchmarks.md (figures as ratios against a baseline measured in the same run).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

type Bench = () => Promise<string>;

const all: Record<string, () => Promise<Bench>> = {
  engine: async () => (await import('./engine.bench.js')).benchEngine,
  hunt: async () => (await import('./hunt.bench.js')).benchHunt,
  server: async () => (await import('./server.bench.js')).benchServer,
  web: async () => (await import('./web.bench.js')).benchWeb,
};

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(all);
const unknown = names.filter((n) => !(n in all));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(all).join(', ')}\n`,
  );
  process.exit(2);
}

// Each benchmark writes its section between `<!-- bench:name -->` markers; the rest of the
// file (other sections, and notes written outside the markers) is kept as it is.
const file = 'docs/benchmarks.md';
let text = existsSync(file) ? readFileSync(file, 'utf8') : '';
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = [
  '# Benchmarks',
  '',
  `Produced by \`npm run bench\` (all) or \`npm run bench -- <name>\` (one section) on ` +
    `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  'Each figure stands beside a baseline measured in the same run on the same machine.',
  '',
].join('\n');
const firstSection = text.indexOf('<!-- bench:');
text = `${header}\n${firstSection < 0 ? '' : text.slice(firstSection)}`;
for (const name of names) {
  process.stderr.write(`bench: ${name}…\n`);
  const load = all[name] as () => Promise<Bench>;
  const started = new Date().toISOString().slice(0, 10);
  const body = await (await load())();
  const section = `<!-- bench:${name} -->\n${body.trim()}\n\n_Measured ${started} with \`npm run bench -- ${name}\`._\n<!-- /bench:${name} -->`;
  const marked = new RegExp(`<!-- bench:${name} -->\\n[\\s\\S]*?<!-- /bench:${name} -->`);
  text = marked.test(text)
    ? text.replace(marked, () => section)
    : `${text.trimEnd()}\n\n${section}\n`;
}
writeFileSync(file, text);
process.stderr.write('bench: wrote docs/benchmarks.md\n');
