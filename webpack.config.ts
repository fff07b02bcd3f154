import { resolve } from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack, { type Configuration } from 'webpack';

const root = import.meta.dirname;

/** The add-in build: the task pane Outlook loads, and the demo workspace that plays Outlook. */
export function createWebpackConfig(mode: 'production' | 'development'): Configuration {
  return {
    mode,
    context: root,
    entry: {
      taskpane: './addin/taskpane/index.tsx',
      demo: './addin/demo-workspace/index.tsx',
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
      splitChunks: { chunks: 'all' },
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        __CASELINE_API_URL__: JSON.stringify(process.env.CASELINE_API_URL ?? ''),
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
    ],
  };
}
