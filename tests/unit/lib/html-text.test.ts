import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, htmlToText, joinSentences } from '../../../src/lib/html-text.ts';
import { compileBody } from '../../../src/mdx/body.ts';

describe('htmlToText', () => {
	it('ends a sentence at the end of each block and joins the words of inline elements', () => {
		expect(
			htmlToText('<h2>Mål</h2>\n<p>Du lærer <strong>trygg</strong> for<em>flytning</em>!</p><ul><li>én</li><li><p>to?</p></li></ul>'),
		).toBe('Mål. Du lærer trygg forflytning! én. to?');
		expect(htmlToText('<table><tr><td>a</td><td>b:</td></tr></table>linje<br>ny\n  rad')).toBe('a. b: linje. ny rad.');
	});

	it('decodes character references once', () => {
		expect(htmlToText('<p>A &#x26; B &lt;b&gt; &amp;lt; &#229;&nbsp;x &quot;y&quot; &ukjent;</p>')).toBe('A & B <b> &lt; å x "y" &ukjent;');
		expect(decodeEntities('&#X3C;&#60;&#x110000;')).toBe('<<&#x110000;');
	});

	it('drops comments, scripts and styles, and tags with > in a quoted attribute', () => {
		expect(
			htmlToText('<!-- <p>skjult</p> --><script>if (a < b) x()</script><style>p{}</style><a href="/a>b" title=\'c>d\'>lenke</a>'),
		).toBe('lenke.');
	});

	it('reads an MDX body as rendered by the content pipeline', () => {
		const { html, problems } = compileBody(
			'## Innhold\n\nKurset tar for seg *demens* & [pårørende](/tema/demens/).\n\n- Første punkt\n- Andre punkt\n',
		);
		expect(problems).toEqual([]);
		expect(htmlToText(html)).toBe('Innhold. Kurset tar for seg demens & pårørende. Første punkt. Andre punkt.');
	});

	it('joins pieces of text as sentences, leaving out empty ones', () => {
		expect(joinSentences(['Tittel', undefined, '  Et  sammendrag. ', '', 'Hva nå?', 'Sted:'])).toBe('Tittel. Et sammendrag. Hva nå? Sted:');
		expect(joinSentences([])).toBe('');
	});

	it('gives an empty string for no text', () => {
		expect(htmlToText('')).toBe('');
		expect(htmlToText('<p> </p>\n<hr>')).toBe('');
	});
});

describe('escapeHtml', () => {
	it('escapes what would end text or a double-quoted attribute, keeps apostrophes, and round-trips', () => {
		expect(escapeHtml('Kurs <&> "nytt"')).toBe('Kurs &lt;&amp;&gt; &quot;nytt&quot;');
		expect(escapeHtml("Pasientens 'egen' plan")).toBe("Pasientens 'egen' plan");
		expect(escapeHtml('&amp;')).toBe('&amp;amp;');
		const text = 'A & B <c> "d" \'e\'';
		expect(decodeEntities(escapeHtml(text))).toBe(text);
	});
});
