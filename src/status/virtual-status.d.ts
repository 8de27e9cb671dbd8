/** The curators' status report of this run, for `/admin/status/` (`status/status-integration.ts` serves it). */
declare module 'virtual:kb/status' {
	export const report: import('./status-report.ts').StatusReport;
}
