import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack, { type Stats } from 'webpack';
import { createWebpackConfig } from '../webpack.config';

// Runs the production build and reports what the first view downloads.
const config = createWebpackConfig('production');

function initialScripts(stats: Stats, entry: string): string[] {
  const entrypoint = stats.toJson({ all: false, entrypoints: true }).entrypoints?.[entry];
  return (entrypoint?.assets ?? []).map((a) => a.name).filter((name) => name.endsWith('.js'));
}

webpack(config, (error, stats) => {
  if (error || !stats) {
    console.error(error ?? 'webpack produced no stats');
    process.exit(1);
  }
  if (stats.hasErrors()) {
    console.error(stats.toString({ colors: false, all: false, errors: true }));
    process.exit(1);
  }
  const outDir = config.output?.path ?? 'dist';
  for (const entry of ['taskpane', 'demo']) {
    const files = initialScripts(stats, entry);
    const gzipBytes = files.reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(outDir, f))).length,
      0,
    );
    console.log(
      `${entry}: initial JavaScript ${(gzipBytes / 1024).toFixed(1)} KiB gzip in ${files.length} files`,
    );
  }
});
