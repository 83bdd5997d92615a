// Types for dev-certs.mjs (imported by the TypeScript tests).
export declare const CERT_DIR: string;
export declare const CA_PATH: string;
export declare const CERT_PATH: string;
export declare const KEY_PATH: string;
export declare function devCertificatesUsable(now?: number, dir?: string): boolean;
export declare function ensureDevCertificates(options?: { install?: boolean }): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }>;
