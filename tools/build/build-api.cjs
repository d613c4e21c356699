// Bundles the API's three entrypoints (HTTP server, worker, CLI) with webpack; node_modules stay
// external. `--watch` rebuilds on change for the developer loop.
const path = require('node:path');
const webpack = require('webpack');
const nodeExternals = require('webpack-node-externals');
const TsconfigPathsPlugin = require('tsconfig-paths-webpack-plugin');

const root = path.resolve(__dirname, '../..');
const apiRoot = path.join(root, 'apps/api');
const tsconfig = path.join(apiRoot, 'tsconfig.app.json');
const watch = process.argv.includes('--watch');

const compiler = webpack({
  mode: watch ? 'development' : 'production',
  target: 'node',
  context: apiRoot,
  entry: { main: './src/main.ts', worker: './src/worker.ts', cli: './src/cli.ts' },
  output: { path: path.join(root, 'dist/apps/api'), filename: '[name].js', clean: !watch },
  externals: [nodeExternals({ modulesDir: path.join(root, 'node_modules') })],
  externalsPresets: { node: true },
  resolve: { extensions: ['.ts', '.js', '.json'], plugins: [new TsconfigPathsPlugin({ configFile: tsconfig })] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: tsconfig } }],
  },
  optimization: { minimize: false, nodeEnv: false },
  devtool: 'source-map',
  node: { __dirname: false, __filename: false },
  stats: 'errors-warnings',
  infrastructureLogging: { level: 'warn' },
});

const report = (err, stats) => {
  if (err) {
    console.error(err);
    if (!watch) process.exit(1);
    return;
  }
  const info = stats.toString({ colors: false, preset: 'errors-warnings' });
  if (info.trim()) console.log(info);
  if (stats.hasErrors()) {
    if (!watch) process.exit(1);
    return;
  }
  console.log(`api built in ${stats.endTime - stats.startTime} ms -> dist/apps/api`);
};

if (watch) compiler.watch({ aggregateTimeout: 200 }, report);
else compiler.run((err, stats) => compiler.close(() => report(err, stats)));
