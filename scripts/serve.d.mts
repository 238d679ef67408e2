import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export const DIST_DIR: string;
export const SECURITY_HEADERS: Record<string, string>;
export const WORKER_CSP: string;
export const SERVICE_WORKER_CSP: string;
export function contentType(path: string): string;
export function staticHandler(root: string): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export function startServer(options?: { root?: string; host?: string; port?: number; tries?: number }): Promise<{
  server: Server;
  port: number;
  url: string;
}>;
