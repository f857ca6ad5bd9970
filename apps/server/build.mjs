// Bundles the server and its workspace packages into one ESM file per entry point (the server,
// and `pnpm bench`); npm dependencies stay external (PGlite ships WASM and data files that must
// be loaded from node_modules).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

// Every npm package the bundle leaves external must be a dependency of this package, or the
// built server fails at start on a clean install (exceljs once did).
const declared = new Set(Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies));
const externals = new Set();

await build({
  entryPoints: { main: 'src/main.ts', bench: 'bench/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  plugins: [
    {
      name: 'externalize-npm',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('@bangfu/')) return undefined;
          if (!args.path.startsWith('node:')) externals.add(packageName(args.path));
          return { path: args.path, external: true };
        });
      },
    },
  ],
});

function packageName(path) {
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const BUILTINS = new Set((await import('node:module')).builtinModules);
const missing = [...externals].filter((name) => !declared.has(name) && !BUILTINS.has(name));
if (missing.length > 0) {
  console.error(`apps/server/package.json must declare: ${missing.sort().join(', ')}`);
  process.exit(1);
}
