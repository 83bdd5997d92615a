// Types for sideload-web.mjs (imported by the TypeScript tests).
export declare function documentUrlForSideload(raw: string | undefined): string;
