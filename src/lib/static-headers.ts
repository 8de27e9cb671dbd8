/** One rule of a `_headers` file: a path pattern and what it sets or removes. */
export interface HeaderRule {
	pattern: string;
	set: [string, string][];
	remove: string[];
}

/** Parses the `_headers` format: a path line, then indented `Name: value` or `! Name` lines. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const raw of text.split('\n')) {
		const line = raw.replace(/\s+$/, '');
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), set: [], remove: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers: header before any path: ${line.trim()}`);
		const detach = /^\s*!\s*([\w-]+)$/.exec(line);
		if (detach) rule.remove.push(detach[1].toLowerCase());
		else {
			const match = /^\s*([\w-]+):\s*(.*)$/.exec(line);
			if (!match) throw new Error(`_headers: cannot read ${line.trim()}`);
			rule.set.push([match[1].toLowerCase(), match[2]]);
		}
	}
	return rules;
}

/** `/admin/*` matches `/admin/` and everything below it; `*` matches any run of characters. */
const matches = (pattern: string, path: string) =>
	new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path) ||
	(pattern.endsWith('/*') && path === pattern.slice(0, -1));

/** The headers for `path`: rules apply in file order; a later rule replaces a header of the same name. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		if (!matches(rule.pattern, path)) continue;
		for (const name of rule.remove) delete headers[name];
		for (const [name, value] of rule.set) headers[name] = value;
	}
	return headers;
}
