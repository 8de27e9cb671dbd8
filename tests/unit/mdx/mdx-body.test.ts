import { describe, expect, it } from 'vitest';
import { compileBody } from '../../../src/mdx/body.ts';

/** Compiles and expects no problems. */
const html = (source: string) => {
	const result = compileBody(source);
	expect(result.problems).toEqual([]);
	return result.html;
};
/** Compiles and returns the lines of the problems. */
const problemLines = (source: string) => compileBody(source).problems.map((p) => p.line);
/** A body whose line `line` (1-based) is `bad`, surrounded by harmless Markdown. */
const bodyWith = (bad: string) => ['Innledning om kurset.', '', '## Praktisk', '', bad, '', 'Velkommen!'].join('\n');
const BAD_LINE = 5;

describe('MDX body: what renders', () => {
	it('renders Markdown: headings, emphasis, lists, links', () => {
		const out = html(
			'## Dette lærer du\n\nDu lærer **forflytning** og *ergonomi*.\n\n- Glidematte\n- Seilløfter\n\nLes [veilederen](https://www.helsedirektoratet.example/forflytning).',
		);
		expect(out).toContain('<h2>Dette lærer du</h2>');
		expect(out).toContain('<strong>forflytning</strong>');
		expect(out).toContain('<em>ergonomi</em>');
		expect(out).toMatch(/<ul>\s*<li>Glidematte<\/li>\s*<li>Seilløfter<\/li>\s*<\/ul>/);
		expect(out).toContain('<a href="https://www.helsedirektoratet.example/forflytning">veilederen</a>');
	});

	it('renders GFM tables', () => {
		const out = html('| Samling | Tema |\n| --- | --- |\n| 1 | Forskrift |');
		expect(out).toContain('<table>');
		expect(out).toContain('<td>Forskrift</td>');
	});

	it('turns Callout into an aside with its title', () => {
		const out = html('<Callout type="warning" title="Husk legitimasjon">\n\nDu må vise legitimasjon ved oppmøte.\n\n</Callout>');
		expect(out).toMatch(
			/^<aside class="callout callout--warning"><p class="callout__title">Husk legitimasjon<\/p>\s*<p>Du må vise legitimasjon ved oppmøte\.<\/p>\s*<\/aside>$/,
		);
		expect(out).not.toContain('Callout');
	});

	it('a Callout without attributes is an info box without a title', () => {
		const out = html('<Callout>\n\nKurset er gratis.\n\n</Callout>');
		expect(out).toContain('<aside class="callout callout--info">');
		expect(out).not.toContain('callout__title');
	});

	it('escapes text in a Callout title', () => {
		expect(html('<Callout title="Mat &amp; drikke">\n\nTekst\n\n</Callout>')).toContain('<p class="callout__title">Mat &#x26; drikke</p>');
	});

	it('keeps plain HTML elements and safe links', () => {
		const out = html(
			'<details><summary>Mer om parkering</summary>Parker ved hovedinngangen.</details>\n\nSend e-post til [kurs](mailto:kurs@nordvik.example), ring [oss](tel:+4751000000) eller se [kurskatalogen](/kurs/).',
		);
		expect(out).toContain('<details><summary>Mer om parkering</summary>');
		expect(out).toContain('href="mailto:kurs@nordvik.example"');
		expect(out).toContain('href="tel:+4751000000"');
		expect(out).toContain('href="/kurs/"');
	});

	it('an escaped brace is text, not an expression', () => {
		expect(html('Skriv \\{navn\\} i skjemaet.')).toContain('Skriv {navn} i skjemaet.');
	});

	it('an empty body is fine', () => {
		expect(compileBody('')).toEqual({ html: '', problems: [] });
	});
});

describe('MDX body: what is refused, with the line', () => {
	it.each([
		['import', 'import Kart from "../components/Kart.astro"', /import/],
		['export', 'export const frist = "1. mars"', /export/],
		['a flow expression', '{frist}', /uttrykk/],
		['an inline expression', 'Fristen er {frist}.', /uttrykk/],
		['a script element', '<script>alert("hei")</script>', /<script>/],
		['a style element', '<style>{"body{display:none}"}</style>', /./],
		['an iframe', '<iframe src="https://video.example/kurs"></iframe>', /<iframe>/],
		['an object', '<object data="https://filer.example/a.swf"></object>', /<object>/],
		['an embed', '<embed src="https://filer.example/a.swf" />', /<embed>/],
		['a form', '<form action="https://skjema.example"></form>', /<form>/],
		['an unknown component', '<Video src="https://video.example/kurs" />', /<Video>/],
		['a lowercase-looking component', '<Kart />', /<Kart>/],
		['a fragment', '<>tekst</>', /fragment/],
		['onClick', '<a href="https://4at.example" onClick="track()">4AT</a>', /onClick/],
		['onclick on plain HTML', '<img src="/uploads/a.jpg" alt="Bilde" onerror="alert(1)" />', /onerror/],
		['an expression attribute', '<a href={lenke}>lenke</a>', /JavaScript-uttrykk/],
		['a spread attribute', '<div {...props}>tekst</div>', /JavaScript-uttrykk/],
		['a javascript: Markdown link', 'Les [mer](javascript:alert(1)) her.', /javascript:/],
		['a JAVASCRIPT: link in capitals', 'Les [mer](JAVASCRIPT:alert(1)) her.', /JAVASCRIPT:/],
		['a javascript: href', '<a href="javascript:alert(1)">mer</a>', /href/],
		['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x" />', /src/],
		['an unknown Callout type', '<Callout type="danger">\n\nObs\n\n</Callout>', /danger/],
		['an unknown Callout attribute', '<Callout icon="stop">\n\nObs\n\n</Callout>', /icon/],
	])('%s', (_, bad, message) => {
		const result = compileBody(bodyWith(bad));
		expect(result.html).toBe('');
		expect(result.problems.length).toBeGreaterThan(0);
		expect(result.problems[0].line).toBe(BAD_LINE);
		expect(result.problems.map((p) => p.message).join('\n')).toMatch(message);
	});

	it('a javascript: link definition is refused at the definition', () => {
		const result = compileBody('Les [mer][kilde] her.\n\n[kilde]: javascript:alert(1)');
		expect(result.html).toBe('');
		expect(result.problems).toEqual([{ line: 3, message: expect.stringMatching(/javascript:/) }]);
	});

	it('reports every problem with its own line', () => {
		const source = ['import X from "x"', '', 'Tekst', '', '{1 + 1}', '', '<script>alert(1)</script>'].join('\n');
		expect(problemLines(source)).toEqual([1, 5, 7]);
	});

	it('reports the line of an MDX syntax error', () => {
		const result = compileBody('Første linje\n\nAndre linje {\n\nFemte linje');
		expect(result.html).toBe('');
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0].message).toMatch(/MDX/);
		expect(result.problems[0].line).toBeGreaterThanOrEqual(3);
	});

	it('reports the line of a component that is never closed', () => {
		// The parser gives this position only inside its message: «… (5:1-5:29)».
		const result = compileBody('Første linje\n\nAndre linje\n\n<Callout title="Uavsluttet">\n\nTekst');
		expect(result.html).toBe('');
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0].message).toMatch(/Callout/);
		expect(result.problems[0].line).toBe(5);
	});

	it('never outputs a refused element, even next to valid content', () => {
		const result = compileBody('## Program\n\n<iframe src="https://video.example"></iframe>');
		expect(result.html).not.toMatch(/iframe/);
	});
});
