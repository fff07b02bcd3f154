import { spawn } from 'node:child_process';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { createWebpackConfig } from '../webpack.config';

// Development: the API server restarts on change (tsx watch) on API_PORT, and
// webpack-dev-server serves the task pane with hot reload on PORT, passing /api through.
const port = Number(process.env.PORT ?? 3000);
const apiPort = Number(process.env.API_PORT ?? port + 1);

const api = spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: String(apiPort), STATIC_DIR: 'dist-dev-unused' },
});

const compiler = webpack(createWebpackConfig('development'));
const devServer = new WebpackDevServer(
  {
    port,
    host: '127.0.0.1',
    hot: true,
    historyApiFallback: false,
    proxy: [{ context: ['/api'], target: `http://127.0.0.1:${apiPort}` }],
    client: { overlay: { warnings: false, errors: true } },
    ...(process.env.TLS_CERT_FILE && process.env.TLS_KEY_FILE
      ? {
          server: {
            type: 'https',
            options: { cert: process.env.TLS_CERT_FILE, key: process.env.TLS_KEY_FILE },
          },
        }
      : {}),
  },
  compiler,
);

const stop = async () => {
  api.kill('SIGTERM');
  await devServer.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

await devServer.start();
console.log(
  `Task pane with hot reload: http://localhost:${port}/taskpane.html (API on ${apiPort})`,
);
