import type { Digest } from './digest.ts';

/** A heading underlined with `=` or `-`, as plain-text mails do. */
const underline = (text: string, char: string) => `${text}\n${char.repeat([...text].length)}`;

/**
 * The digest as plain text (the text part of the mail, or for tools without HTML): the same items
 * as the HTML version, each with its facts and its link on a line of its own.
 */
export function digestText(digest: Digest): string {
	const { footer } = digest;
	const header = [digest.site.label, '', underline(digest.heading, '='), digest.window, ...(digest.scope ? [digest.scope] : [])];
	const sections = digest.sections.map((section) =>
		[
			underline(section.heading, '-'),
			...section.items.map((item) => [item.title, ...item.facts.map((f) => `${f.label}: ${f.value}`), item.summary, item.url].join('\n')),
		].join('\n\n'),
	);
	const feet = [
		'-- ',
		`${footer.contact} ${footer.email}.`,
		`${footer.feedsIntro}\n${footer.feeds.map((feed) => `${feed.label}: ${feed.url}`).join('\n')}`,
		`${footer.siteIntro} ${digest.site.url}`,
	];
	return `${[header.join('\n'), ...sections, feet.join('\n\n')].join('\n\n\n')}\n`;
}
