// Bundles the server and its workspace packages into one ESM file per entry point (the server,
// and `pnpm bench`); npm dependencies stay external (PGlite ships WASM and data files that must
// be loaded from node_modules).
import { build } from 'esbuild';

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
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@bangfu/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
