/** The site context of this run, for pages and components (`context/build-state.ts` serves it). */
declare module 'virtual:kb/context' {
	export const context: import('./site-context.ts').SiteContext;
}
