// @ts-check
// Lints for bugs, not style (Prettier owns layout): ESLint's and typescript-eslint's recommended
// rules, type-aware for .ts (floating and misused promises, unsafe `any`), and eslint-plugin-astro's
// for .astro. The type-aware rules need the TypeScript program, so they are off where there is none
// (.astro frontmatter and <script>s, .js/.mjs); `astro check` type-checks those.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	// Build output, generated types, content and fixture files (not code), static assets.
	globalIgnores(['dist/', '.astro/', 'tmp/', 'public/', 'tests/fixtures/', 'content/', 'examples/', 'bench/bare/', 'bench/RESULTS.md']),
	js.configs.recommended,
	tseslint.configs.recommended,
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommendedTypeChecked],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
	},
	astro.configs.recommended,
	{ files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js', '**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
	{ files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: globals.node } },
	{
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// `{ dropped: _, ...rest }` is how the code leaves a property out of a copy.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
			// 24 hits, none a bug: `!` and `as` kept deliberately for the reader (indexes, regex groups, CLI args).
			'@typescript-eslint/no-unnecessary-type-assertion': 'off',
		},
	},
	{
		// 23 hits, all on data from JSON.parse, the XML/YAML parsers or page.evaluate that the expect() calls check.
		files: ['tests/**'],
		rules: {
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
);
