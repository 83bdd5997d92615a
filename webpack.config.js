// Build for the AI Factory Finance add-in.
//
// One page, one runtime: the manifest's shared runtime loads taskpane.html, which
// carries both bundles, `functions` (the AIF custom functions: one module per
// function, listed by src/functions/registry.ts, each registered by the
// CustomFunctions.associate call that CustomFunctionsMetadataPlugin appends to
// it) and `taskpane` (the UI). functions.js is also emitted on its own
// because the manifest's CustomFunctions <Script> names it.
//
//   webpack --mode production      minified, no source maps, URLs rebased to ADDIN_BASE_URL
//   webpack --mode development     source maps, localhost URLs
//   webpack serve --mode development   HTTPS dev server on https://localhost:3000
//
// The help pages (help/functions.html, help/functions.fr.html, help/sources.html)
// and the French metadata (functions.fr.json, named by the manifest's fr-FR
// override) come from src/functions/registry.ts, src/functions/french.ts and the
// generated functions.json, through src/help/buildAssets.ts (HelpPagePlugin).
//
// Options: ADDIN_BASE_URL (https only) rebases every URL in dist/manifest.xml and
// functions.json; `--env outDir=<dir>` or AIF_OUT_DIR=<dir> builds elsewhere than
// dist/ (the tests use them); AIF_PORT (default 3000) moves the development server
// and the localhost URLs of a development build to another port.
const path = require("node:path");
const Module = require("node:module");
const zlib = require("node:zlib");
const { Buffer } = require("node:buffer");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const pkg = require("./package.json");

const REGISTRY = path.join(__dirname, "src/functions/registry.ts");
const HELP_RENDERER = path.join(__dirname, "src/help/buildAssets.ts");
const SOURCES_DOC = path.join(__dirname, "docs/sources.md");

/**
 * Loads a TypeScript module into this Node process: bundled by esbuild (the
 * project's own TypeScript, decimal.js included), compiled as CommonJS.
 * @returns its exports and the files it was built from (for watch mode)
 */
function loadTsModule(file) {
  const { buildSync } = require("esbuild");
  const out = buildSync({ entryPoints: [file], bundle: true, platform: "node", format: "cjs", target: "node20", write: false, metafile: true, logLevel: "silent" });
  const m = new Module(file);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(out.outputFiles[0].text, file);
  return { exports: m.exports, inputs: Object.keys(out.metafile.inputs).map((f) => path.resolve(__dirname, f)) };
}

/** Emits functions.fr.json and the help pages, made from the registry, the French table and the functions.json of this compilation. */
class HelpPagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "HelpPagePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const metadata = compilation.getAsset("functions.json");
        if (!metadata) return; // the metadata plugin has reported why
        try {
          const { exports, inputs } = loadTsModule(HELP_RENDERER);
          for (const f of inputs) compilation.fileDependencies.add(f);
          compilation.fileDependencies.add(SOURCES_DOC);
          const sources = require("node:fs").readFileSync(SOURCES_DOC, "utf8");
          const assets = exports.buildLocalisedAssets(metadata.source.source().toString(), pkg.version, sources);
          for (const [name, text] of Object.entries(assets)) compilation.emitAsset(name, new webpack.sources.RawSource(text));
        } catch (err) {
          compilation.errors.push(new webpack.WebpackError(`help page: ${err instanceof Error ? err.message : String(err)}`));
        }
      });
    });
  }
}

/** Rewrites the development base in an emitted JSON/XML asset (functions.json's helpUrl values). */
class RebaseAssetUrlsPlugin {
  constructor(assetName, rebase) {
    this.assetName = assetName;
    this.rebase = rebase;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RebaseAssetUrlsPlugin", (compilation) => {
      // The metadata plugin adds functions.json while the compilation is created;
      // a later processAssets stage sees it and can replace it.
      compilation.hooks.processAssets.tap(
        { name: "RebaseAssetUrlsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(this.assetName);
          if (!asset) return;
          const text = asset.source.source().toString();
          compilation.updateAsset(this.assetName, new webpack.sources.RawSource(this.rebase(text)));
        },
      );
    });
  }
}

/**
 * Prints raw and gzip sizes of the emitted code and pages after a build, so sizes
 * are reported from the real artefacts (gzip level 9, as a CDN would serve them).
 */
class GzipSizeReportPlugin {
  apply(compiler) {
    let rows = [];
    compiler.hooks.thisCompilation.tap("GzipSizeReportPlugin", (compilation) => {
      // REPORT is the last stage: sources are minified and final here, while after
      // emit webpack keeps only their sizes.
      compilation.hooks.processAssets.tap(
        { name: "GzipSizeReportPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          rows = [];
          for (const [name, source] of Object.entries(assets)) {
            if (!/\.(js|css|html|json)$/.test(name)) continue;
            const buf = Buffer.from(source.source());
            rows.push([name, buf.length, zlib.gzipSync(buf, { level: 9 }).length]);
          }
        },
      );
    });
    compiler.hooks.done.tap("GzipSizeReportPlugin", (stats) => {
      if (stats.hasErrors() || rows.length === 0) return;
      rows.sort((a, b) => a[0].localeCompare(b[0]));
      const width = Math.max(...rows.map((r) => r[0].length), 5);
      const lines = [`${"asset".padEnd(width)}  ${"bytes".padStart(9)}  ${"gzip".padStart(9)}`];
      for (const [name, raw, gz] of rows) {
        lines.push(`${name.padEnd(width)}  ${String(raw).padStart(9)}  ${String(gz).padStart(9)}`);
      }
      console.log(`\nBundle sizes (${compiler.options.mode}, gzip -9):\n${lines.join("\n")}\n`);
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const { DEV_BASE_URL, devBaseUrl, resolveBaseUrl, resolvePort, rebaseUrls, stampManifestVersion } = await import(
    "./scripts/addin-base-url.mjs"
  );
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  // The modules whose JSDoc becomes functions.json, in registry order (a new function: restart the dev server).
  const functionSources = loadTsModule(REGISTRY).exports.FUNCTIONS.map((f) => `./src/functions/${f.adapter}.ts`);
  const port = resolvePort(process.env.AIF_PORT);
  // Only production builds move off localhost: a dev build is always served locally.
  const baseUrl = production ? resolveBaseUrl(process.env.ADDIN_BASE_URL) : devBaseUrl(port);
  if (production && baseUrl === DEV_BASE_URL) {
    console.log(`ADDIN_BASE_URL not set: dist/manifest.xml points at ${DEV_BASE_URL}.`);
  }
  const rebase = (text) => rebaseUrls(text, baseUrl);
  // --env outDir wins; AIF_OUT_DIR lets tests run `npm start` without touching dist/.
  const outDir = path.resolve(__dirname, env.outDir || process.env.AIF_OUT_DIR || "dist");

  let devServer;
  if (serving) {
    const { ensureDevCertificates } = await import("./scripts/dev-certs.mjs");
    // Linux: generate only (installing the CA needs sudo); Windows/macOS: install into the user store.
    const certs = await ensureDevCertificates({ install: process.platform !== "linux" });
    devServer = {
      port,
      server: { type: "https", options: { ca: certs.ca, cert: certs.cert, key: certs.key } },
      // Excel on the web fetches functions.json and the pages from its own origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [
        // office.js for offline work and tests (pages themselves load it from the Office CDN).
        { directory: path.join(__dirname, "node_modules/@microsoft/office-js/dist"), publicPath: "/office-js" },
      ],
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    };
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      functions: functionSources,
      taskpane: "./src/taskpane/bootstrap.ts",
    },
    output: {
      path: outDir,
      filename: "[name].js",
      clean: true,
      publicPath: "",
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck` (tsc --noEmit) in CI; the build only transpiles.
            options: {
              transpileOnly: true,
              compilerOptions: { sourceMap: !production, declaration: false },
            },
          },
        },
      ],
    },
    plugins: [
      // Several inputs are supported (the plugin and the generator take an array; its typings say string).
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionSources }),
      new RebaseAssetUrlsPlugin("functions.json", rebase),
      new HelpPagePlugin(),
      new webpack.DefinePlugin({ __AIF_VERSION__: JSON.stringify(pkg.version) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // functions first: its associate() calls must run before Excel asks for a function.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        minify: production,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The pane's stylesheet, linked from taskpane.html (optional: the pane may style itself otherwise).
          { from: "src/taskpane/taskpane.css", to: "taskpane.css", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Comments go: they describe the source file (and mention localhost), not the emitted one.
            transform: (content) =>
              stampManifestVersion(rebase(content.toString().replace(/<!--[\s\S]*?-->\s*/g, "")), pkg.version),
          },
          // The help page's stylesheet (the page itself comes from HelpPagePlugin).
          { from: "src/help/help.css", to: "help/help.css" },
        ],
      }),
      ...(production ? [new GzipSizeReportPlugin()] : []),
    ],
    performance: { hints: false },
    devServer,
  };
};
