// Replaced at build time by webpack's DefinePlugin with package.json's version.
// Declared here rather than globally so only this module depends on the build.
declare const __AIF_VERSION__: string | undefined;

/**
 * The add-in version shown in the pane.
 * @returns package.json's "version" as injected by the build (e.g. "0.1.0"), or
 *          "development" when the module runs unbundled (tests, tsx).
 */
export function addinVersion(): string {
  return typeof __AIF_VERSION__ === "string" ? __AIF_VERSION__ : "development";
}
