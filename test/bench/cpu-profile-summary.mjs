// `node test/bench/cpu-profile-summary.mjs <file.cpuprofile> [per]`: self time of a V8 CPU profile
// (cpu-profile.cjs) by function and by module (the package under node_modules, node: internals, or
// the app's own source file), top 15 of each. With `per` (e.g. the registrations in the profiled
// window), each row also shows milliseconds per unit.
import { readFileSync } from 'node:fs';

const [file, perArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: cpu-profile-summary.mjs <file.cpuprofile> [units]');
  process.exit(2);
}
const per = Number(perArg) || 0;
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
/** Whether a node runs under the inspector (the profiler stopping and serialising itself): not the app's time. */
const profilerItself = (id) => {
  for (let at = id; at !== undefined; at = parentOf.get(at)) if (byId.get(at).callFrame.url === 'node:inspector') return true;
  return false;
};
const self = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  if (profilerItself(id)) continue;
  self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000);
}
const total = [...self.values()].reduce((s, v) => s + v, 0);

function moduleOf(url) {
  if (!url) return '(V8/native)';
  if (url.startsWith('node:')) return url;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return url.replace(/^file:\/\//, '').replace(/^.*\/dist\//, 'dist/');
}

const byFunction = new Map();
const byModule = new Map();
for (const [id, ms] of self) {
  const { callFrame } = byId.get(id);
  const where = callFrame.url ? `${moduleOf(callFrame.url)}:${callFrame.lineNumber + 1}` : '';
  const fn = `${callFrame.functionName || '(anonymous)'} ${where}`.trim();
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  const mod = moduleOf(callFrame.url);
  const key = ['(garbage collector)', '(idle)', '(program)'].includes(callFrame.functionName) ? callFrame.functionName : mod;
  byModule.set(key, (byModule.get(key) ?? 0) + ms);
}

const busy = total - (byModule.get('(idle)') ?? 0);
function print(title, map) {
  console.log(`\n${title} (self ms, % of non-idle${per ? `, ms per unit of ${per}` : ''})`);
  for (const [name, ms] of [...map]
    .filter(([n]) => n !== '(idle)' && !n.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)) {
    console.log(`${ms.toFixed(0).padStart(8)} ${((100 * ms) / busy).toFixed(1).padStart(5)}%${per ? (ms / per).toFixed(3).padStart(8) : ''}  ${name}`);
  }
}
console.log(`${file}: ${(total / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s not idle`);
print('By function', byFunction);
print('By module', byModule);
