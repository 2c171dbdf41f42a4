#!/usr/bin/env node
// The npm registry reachable from these machines does not carry the platform builds of native packages for other
// systems (e.g. @swc/core-darwin-arm64), so `npm install` leaves them out of package-lock.json and `npm ci` then
// refuses the lock as out of sync. This adds an entry for each missing optional platform package (version, os,
// cpu, libc): `npm ci` sees the lock in sync and skips them as not for this platform, without fetching anything.
// Run after every `npm install` that changes the lock: `npm run lock:fix`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'ppc64', 's390x', 'loong64', 'riscv64', 'wasm32', 'mips64el'];
let added = 0;
for (const [key, meta] of Object.entries({ ...packages })) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const top = `node_modules/${dep}`;
    if (packages[top] || packages[`${key}/node_modules/${dep}`]) continue;
    const tokens = dep.split('/').at(-1).split('-');
    const os = tokens.find((t) => OS.includes(t));
    const cpu = tokens.find((t) => CPU.includes(t));
    if (!os && !cpu) continue; // not a platform build: leave it for npm to report
    const entry = { version, optional: true };
    if (meta.dev) entry.dev = true;
    if (os) entry.os = [os];
    if (cpu) entry.cpu = [cpu];
    if (tokens.some((t) => t.startsWith('musl'))) entry.libc = ['musl'];
    else if (tokens.some((t) => t.startsWith('gnu'))) entry.libc = ['glibc'];
    packages[top] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`${file}: added ${added} foreign-platform entries\n`);
