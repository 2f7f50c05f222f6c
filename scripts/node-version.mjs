// The Node.js versions Waymark runs on, declared once: package.json "engines" says the same, and
// a test checks that every dependency in package-lock.json supports all of them. Electron 45 and
// its tooling (@electron/get, @electron/rebuild, node-abi) need 22.12+, ESLint 10 needs 22.13+ (or
// 24+), better-sqlite3 12 is built for Node up to 26. Run before install, test and start, so an
// unsupported Node stops with this message instead of half-working.
export const NODE_ENGINES = '^22.13.0 || ^24.0.0 || ^25.0.0 || ^26.0.0';

/** The same range as data, for this check, which runs before any dependency is installed. */
const SUPPORTED = [
  { major: 22, minMinor: 13 },
  { major: 24, minMinor: 0 },
  { major: 25, minMinor: 0 },
  { major: 26, minMinor: 0 },
];

export function supported(version) {
  const [major, minor] = version.split('.').map(Number);
  return SUPPORTED.some((s) => s.major === major && minor >= s.minMinor);
}

export function checkNode(version = process.versions.node) {
  if (supported(version)) return true;
  process.stderr.write(
    `\n[waymark] Waymark runs on Node.js ${NODE_ENGINES}; this is Node ${version}.\n` +
      '[waymark] Electron and its build tools need it. Install Node 22 LTS (https://nodejs.org),\n' +
      '[waymark] or, on a machine that reaches only the npm registry, run `source .ci/node.sh` first:\n' +
      '[waymark] it fetches Node 22 from the npm registry into ~/.cache/waymark and puts it on PATH.\n\n',
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}` && !checkNode()) process.exit(1);
