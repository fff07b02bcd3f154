import { resolve } from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack, { type Configuration } from 'webpack';
import { authConfigFromEnv } from './addin/auth/auth-config';

const root = import.meta.dirname;

/** The add-in build: the task pane Outlook loads, and the demo workspace that plays Outlook. */
export function createWebpackConfig(mode: 'production' | 'development'): Configuration {
  // Sign-in settings are checked here so a bad value fails the build (see addin/auth/auth-config.ts).
  const auth = authConfigFromEnv(process.env);
  return {
    mode,
    context: root,
    entry: {
      taskpane: './addin/taskpane/index.tsx',
      demo: './addin/demo-workspace/index.tsx',
      'auth-dialog': './addin/auth/dialog/index.ts',
    },
    output: {
      path: resolve(root, 'dist'),
      filename: mode === 'production' ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      chunkFilename: mode === 'production' ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      publicPath: '/',
      clean: { keep: /^(manifest|assets)\// },
    },
    devtool: mode === 'production' ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', jsx: 'automatic' },
        },
      ],
    },
    optimization: {
      // The sign-in dialog is a page of its own: sharing chunks with it would only reshuffle
      // (and grow) what the task pane and the demo load first.
      splitChunks: { chunks: (chunk) => chunk.name !== 'auth-dialog' },
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        __CASELINE_API_URL__: JSON.stringify(auth.apiUrl),
        __CASELINE_CLIENT_ID__: JSON.stringify(auth.clientId),
        __CASELINE_TENANT__: JSON.stringify(auth.tenant),
        __CASELINE_API_SCOPE__: JSON.stringify(auth.apiScope),
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './addin/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './addin/demo-workspace/index.html',
        chunks: ['demo'],
      }),
      new HtmlWebpackPlugin({
        filename: 'auth-dialog.html',
        template: './addin/auth/dialog/auth-dialog.html',
        chunks: ['auth-dialog'],
      }),
    ],
  };
}
