// @ts-check
// Close to how the code is written by hand (tabs, single quotes, long lines), so that the one-shot
// reformat is small. JSON and YAML keep their two spaces (YAML can't indent with tabs).
/** @type {import('prettier').Config} */
export default {
	printWidth: 140,
	useTabs: true,
	singleQuote: true,
	plugins: ['prettier-plugin-astro'],
	overrides: [{ files: ['*.json', '*.yml', '*.yaml'], options: { useTabs: false, tabWidth: 2 } }],
};
