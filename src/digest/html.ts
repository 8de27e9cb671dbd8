import { escapeHtml } from '../lib/html-text.ts';
import type { Digest, DigestFact, DigestItem, DigestLink } from './digest.ts';

/*
 * The digest as HTML that survives e-mail clients: nested tables for layout, inline styles only
 * (Gmail and Outlook drop or ignore <style> elements), no scripts, no images or other resources,
 * every link absolute. At most 640 px wide. Every cell sets both its text and its background
 * colour, so a client that switches to dark mode either keeps the pair or inverts both, and
 * never leaves dark text on a dark background; `color-scheme` tells clients that may darken it.
 */

/** Colours with AA contrast on their backgrounds (text 16:1, muted 8:1, link 8:1 on white). */
const COLOURS = { page: '#eef1f4', card: '#ffffff', text: '#1a1a1a', muted: '#4a4a4a', link: '#00507a', rule: '#d5dbe1' };
const FONT = 'font-family:Arial,Helvetica,sans-serif;';
/** Width of the mail, in pixels. */
export const DIGEST_WIDTH = 640;

/** A cell's style: both colours always, then the rest. */
const cell = (rest: string, background = COLOURS.card) => `background-color:${background};color:${COLOURS.text};${FONT}${rest}`;
const linkStyle = `color:${COLOURS.link};text-decoration:underline;`;
const link = ({ label, url }: DigestLink, style = linkStyle) => `<a href="${escapeHtml(url)}" style="${style}">${escapeHtml(label)}</a>`;
const langAttr = (lang: string | undefined) => (lang ? ` lang="${escapeHtml(lang)}"` : '');
/** A full-width row of the content table. */
const row = (content: string, style: string) => `<tr><td style="${style}">${content}</td></tr>`;

const fact = ({ label, value }: DigestFact) => `<strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}`;

function item({ title, url, lang, summary, facts }: DigestItem): string {
	return row(
		[
			`<h3${langAttr(lang)} style="margin:0 0 6px;font-size:17px;line-height:1.3;">${link({ label: title, url }, `${linkStyle}font-weight:bold;`)}</h3>`,
			`<p style="margin:0 0 6px;font-size:14px;line-height:1.5;color:${COLOURS.muted};">${facts.map(fact).join('<br>')}</p>`,
			`<p${langAttr(lang)} style="margin:0;font-size:15px;line-height:1.5;color:${COLOURS.text};">${escapeHtml(summary)}</p>`,
		].join(''),
		cell('padding:0 32px 22px;'),
	);
}

/** The complete HTML document of the digest. */
export function digestHtml(digest: Digest): string {
	const { footer } = digest;
	const rows = [
		row(
			[
				`<p style="margin:0 0 4px;font-size:14px;font-weight:bold;">${link(digest.site)}</p>`,
				`<h1 style="margin:0 0 6px;font-size:26px;line-height:1.25;color:${COLOURS.text};">${escapeHtml(digest.heading)}</h1>`,
				`<p style="margin:0;font-size:15px;line-height:1.5;color:${COLOURS.muted};">${escapeHtml(digest.window)}</p>`,
				digest.scope
					? `<p style="margin:4px 0 0;font-size:15px;line-height:1.5;color:${COLOURS.muted};">${escapeHtml(digest.scope)}</p>`
					: '',
			].join(''),
			cell(`padding:28px 32px 20px;border-bottom:1px solid ${COLOURS.rule};`),
		),
		...digest.sections.flatMap((section) => [
			row(
				`<h2 style="margin:0;font-size:20px;line-height:1.3;color:${COLOURS.text};">${escapeHtml(section.heading)}</h2>`,
				cell('padding:24px 32px 12px;'),
			),
			...section.items.map(item),
		]),
		row(
			[
				`<p style="margin:0 0 10px;">${escapeHtml(footer.contact)} ${link({ label: footer.email, url: `mailto:${footer.email}` })}.</p>`,
				`<p style="margin:0 0 10px;">${escapeHtml(footer.feedsIntro)} ${footer.feeds.map((feed) => link(feed)).join(' · ')}</p>`,
				`<p style="margin:0;">${escapeHtml(footer.siteIntro)} ${link({ label: digest.site.url, url: digest.site.url })}</p>`,
			].join(''),
			cell(`padding:20px 32px 28px;border-top:1px solid ${COLOURS.rule};font-size:14px;line-height:1.5;`),
		),
	];
	return [
		'<!DOCTYPE html>',
		`<html lang="${escapeHtml(digest.lang)}">`,
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		'<meta name="color-scheme" content="light dark">',
		'<meta name="supported-color-schemes" content="light dark">',
		`<title>${escapeHtml(digest.title)}</title>`,
		'</head>',
		`<body style="margin:0;padding:0;background-color:${COLOURS.page};color:${COLOURS.text};">`,
		// The preheader: the line mail clients show after the subject, hidden in the mail itself.
		`<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;background-color:${COLOURS.page};color:${COLOURS.page};">${escapeHtml(digest.preheader)}</div>`,
		`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${cell('', COLOURS.page)}">`,
		`<tr><td align="center" style="${cell('padding:24px 8px;', COLOURS.page)}">`,
		`<table role="presentation" width="${DIGEST_WIDTH}" cellpadding="0" cellspacing="0" border="0" style="${cell(`width:100%;max-width:${DIGEST_WIDTH}px;`)}">`,
		...rows,
		'</table>',
		'</td></tr>',
		'</table>',
		'</body>',
		'</html>',
		'',
	].join('\n');
}
