/**
 * `npm run screenshots`: the main pages of the sample site, desktop (1280 px) and mobile (375 px),
 * plus the home page in dark mode, to docs/screenshots/ (see screenshot-session.ts).
 */
import { type Shot, takeScreenshots } from './screenshot-session.ts';

const PAGES = {
	home: '/',
	courses: '/kurs/',
	course: '/kurs/demensomsorg-i-praksis/',
	search: '/sok/?q=demens',
	event: '/arrangementer/kompetansekonferansen-2027/',
};
const desktop = { width: 1280, height: 800 };
const SHOTS: Shot[] = [
	...Object.entries(PAGES).flatMap(([name, path]) => [
		{ file: `${name}-desktop`, path, viewport: desktop },
		{ file: `${name}-mobile`, path, viewport: { width: 375, height: 740 } },
	]),
	{ file: 'home-desktop-dark', path: PAGES.home, viewport: desktop, colorScheme: 'dark' },
];

await takeScreenshots(SHOTS);
