import { type RunningServer, serveDist } from '../../scripts/server.ts';

/** The tests serve builds with the project's own static server: `_headers` (CSP …) applied, gzip on. */
export type StaticServer = RunningServer;
export const serveStatic = (root: string): Promise<StaticServer> => serveDist(root);
