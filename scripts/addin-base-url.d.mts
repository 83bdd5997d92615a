// Types for addin-base-url.mjs (imported by the TypeScript tests).
export declare const DEV_BASE_URL: "https://localhost:3000";
export declare function resolveBaseUrl(raw: string | undefined): string;
export declare function rebaseUrls(text: string, base: string): string;
export declare function stampManifestVersion(xml: string, version: string): string;
export declare function devBaseUrl(port: number): string;
export declare function resolvePort(raw: string | undefined): number;
