export const KERNEL_DIR: string;
export const WAT_PATH: string;
export const WASM_PATH: string;
export const TS_PATH: string;
export function buildKernel(watText?: string): Promise<{ wasm: Uint8Array; ts: string }>;
