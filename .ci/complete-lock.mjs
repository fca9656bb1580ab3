// The npm registry this project is built against serves only the platform packages of this machine
// (linux-x64): `npm install` silently skips the other platforms' optional packages (rollup, esbuild, …) and
// leaves them out of package-lock.json, and `npm ci` then refuses the lock as "out of sync". This adds an
// entry for each such optional package, marked optional with its platform, exactly as a lock written on a
// machine with the full registry would have it; `npm ci` skips them as not for this platform.
// Run after any `npm install` that changes package-lock.json:  node .ci/complete-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;

function platformOf(name) {
  const os = [
    'android',
    'darwin',
    'freebsd',
    'linux',
    'openbsd',
    'openharmony',
    'sunos',
    'win32',
    'aix',
    'netbsd',
    'cygwin',
  ].find((o) => name.includes(o === 'win32' ? 'win32' : o));
  const cpu = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el', 'wasm32', 'x32'].find(
    (c) => new RegExp(`[-_]${c}(?:[-_]|$)`).test(name),
  );
  return { ...(os ? { os: [os === 'win32' ? 'win32' : os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

for (const [location, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = location ? `${location}/node_modules/${dep}` : `node_modules/${dep}`;
    if (packages[base] || packages[`node_modules/${dep}`]) continue;
    packages[`node_modules/${dep}`] = { version, dev: entry.dev, optional: true, ...platformOf(dep) };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lock: added ${added} optional platform entries`);
