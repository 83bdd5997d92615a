// Types for office-cli.mjs (imported by the TypeScript tests).
export declare const FAILURE_PATTERN: RegExp;
export declare function cliFailed(code: number | null, output: string): boolean;
export declare function runOfficeAddinDebugging(
  args: string[],
  cwd: string,
): Promise<{ ok: boolean; code: number | null; output: string }>;
