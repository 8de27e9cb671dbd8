import { describe, expect, it } from 'vitest';
import { decodeEntities, elements, jsonLd, tags, textOf } from '../utils/html.ts';
import { isThirdParty, loadedResources } from '../utils/page-checks.ts';

// The build tests rely on these helpers; a helper that finds nothing would make them pass vacuously.
describe('test helpers: HTML', () => {
	const page = [
		'<!doctype html><html lang="nb"><head><title>A &amp; B</title>',
		'<meta name="description" content="Kode som <b>fet</b> &amp; &quot;sitat&quot;">',
		'<script type="application/ld+json">{"@type":"Course","name":"x"}</script>',
		'<script>if (a < b && c > d) document.write("<b>fet</b>")</script></head>',
		'<body><!-- <b>kommentar</b> --><main><h1>Tittel &lt;b&gt;</h1><ul><li><ul><li>indre</li></ul></li><li>ytre</li></ul>',
		'<time datetime="2027-02-10T08:00:00.000Z">10. februar, 09:00</time></main></body></html>',
	].join('');

	it('reads attributes containing < and > and decodes them', () => {
		expect(elements(page, 'meta')[0].attributes.content).toBe('Kode som <b>fet</b> & "sitat"');
	});
	it('does not see tags inside attributes, comments or scripts', () => {
		expect(tags(page).filter((t) => t.name === 'b')).toEqual([]);
	});
	it('sees a script ended early by a </script> in its content, as a browser would', () => {
		const broken = '<script type="application/ld+json">{"d":"</script><b>x"}</script>';
		const scripts = tags(broken).filter((t) => t.name === 'script');
		expect(scripts.map((t) => t.kind)).toEqual(['start', 'end', 'end']);
		expect(tags(broken).filter((t) => t.name === 'b')).toHaveLength(1);
	});
	it('pairs nested elements', () => {
		expect(elements(page, 'ul')[0].inner).toBe('<li><ul><li>indre</li></ul></li><li>ytre</li>');
	});
	it('gives visible text without scripts', () => {
		expect(textOf(elements(page, 'main')[0].inner)).toBe('Tittel <b> indre ytre 10. februar, 09:00');
		expect(textOf(page)).not.toContain('document.write');
	});
	it('parses JSON-LD and decodes entities', () => {
		expect(jsonLd(page)).toEqual([{ '@type': 'Course', name: 'x' }]);
		expect(decodeEntities('&lt;&#98;&#x3E; &amp;amp;')).toBe('<b> &amp;');
	});
	it('finds the addresses a page loads', () => {
		const html =
			'<link rel="stylesheet" href="https://fonts.example/a.css"><link rel="canonical" href="https://annen.example/"><img src="/a.jpg" srcset="/a.jpg 1x, https://cdn.example/a@2x.jpg 2x"><style>@import "https://x.example/b.css"; body{background:url(/bg.png)}</style><script src="//cdn.example/x.js"></script>';
		const loaded = loadedResources(html);
		expect(loaded.sort()).toEqual(
			[
				'//cdn.example/x.js',
				'/a.jpg',
				'/a.jpg',
				'/bg.png',
				'https://annen.example/',
				'https://cdn.example/a@2x.jpg',
				'https://fonts.example/a.css',
				'https://x.example/b.css',
			].sort(),
		);
		expect(loaded.filter((a) => isThirdParty(a, 'test.example'))).toHaveLength(5);
		expect(isThirdParty('https://test.example/x.css', 'test.example')).toBe(false);
	});
});
